/* Compiled without -fPIC and placed in .rodata: the pointer's value, &target,
 * is only known at load time in a shared library, so it needs a dynamic
 * relocation in a read-only segment (a text relocation).  The explicit section
 * keeps compilers that would move it to .data.rel.ro (clang on ppc64le) honest. */
int target = 1;
int *const ro_ptr __attribute__((section(".rodata"))) = &target;
