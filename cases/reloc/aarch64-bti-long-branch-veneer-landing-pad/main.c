#include <stdio.h>
#include "check.h"

int near_entry(int a, int b);

int main(void) {
    /* far_add(20, 21) + 1: reached only if the veneer lands on a BTI-valid target. */
    CHECK_EQ_INT(near_entry(20, 21), 42);
    printf("ok\n");
    return 0;
}
