#include <stdio.h>
#include "check.h"

extern unsigned long absval;

int main(void) {
    CHECK_EQ_UINT(absval, 0x1234);   /* S (0, no symbol) + A */
    printf("ok\n");
    return 0;
}
