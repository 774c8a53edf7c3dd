/* libplain.so: an unversioned foo (what an interposer such as a sanitizer
 * runtime exports). */
int foo(void) { return 1; }
