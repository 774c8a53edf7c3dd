/* libversioned.so: foo@@VERSION, its only (default) version. */
int foo_impl(void) { return 2; }
__asm__(".symver foo_impl, foo@@VERSION");
