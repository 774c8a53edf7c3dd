#include <stdio.h>
#include "check.h"

int pcrel_entry(int x);

int main(void) {
    CHECK_EQ_INT(pcrel_entry(41), 1042);   /* 41 + base (1000) + 1 */
    printf("ok\n");
    return 0;
}
