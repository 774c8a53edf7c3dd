#include <stdio.h>
#include "check.h"
#include "libgoadd.h" /* written by go build -buildmode=c-shared */

int main(void) {
    CHECK_EQ_INT(GoAdd(2, 3), 5);
    CHECK_EQ_INT(GoAdd(-7, 7), 0);
    puts("GoAdd ok");
    return 0;
}
