/* foo@@V1 is named with its version by .symver: only node V1 governs it. */
int foo_impl(void) { return 11; }
__asm__(".symver foo_impl, foo@@@V1");

int bar(void) { return 22; }
