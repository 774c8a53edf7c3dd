/* foo@@V1 is named with its version by .symver. */
int foo_impl(void) { return 5; }
__asm__(".symver foo_impl, foo@@@V1");

int foobar(void) { return 6; }
