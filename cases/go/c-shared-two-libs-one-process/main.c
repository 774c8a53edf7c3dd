#include <stdio.h>
#include "check.h"

int GoA(void);
int GoB(void);

int main(void) {
    /* two Go runtimes, one per library, in one process */
    CHECK_EQ_INT(GoA(), 1);
    CHECK_EQ_INT(GoB(), 2);
    puts("two Go libraries ok");
    return 0;
}
