#include <stdio.h>
#include "check.h"

static int bias = 100;

static int impl(int x) { return x + bias; }

/* used: clang (14) does not count the ifunc attribute as a use (-Wunused-function). */
__attribute__((used)) static int (*resolve_target(void))(int) { return impl; }

int target(int) __attribute__((ifunc("resolve_target")));

/* Initialized data pointing at the PIE's own ifunc: an IRELATIVE relocation, or
   the address of a canonical PLT entry for it. */
int (*table[1])(int) = { target };

int call_through(int (*fn)(int), int x);

int main(void) {
    CHECK_EQ_INT(table[0](1), 101);             /* called from the executable */
    CHECK_EQ_INT(call_through(table[0], 2), 102); /* called from the DSO */
    printf("ok\n");
    return 0;
}
