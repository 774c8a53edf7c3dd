#include <stdio.h>
#include "check.h"

int far_entry(int x);

/* Exported (-rdynamic) so that the DSO's PLT entry for ext_fn binds here. */
int ext_fn(int x) { return x + 1; }

int main(void) {
    CHECK_EQ_INT(far_entry(41), 42);
    printf("ok\n");
    return 0;
}
