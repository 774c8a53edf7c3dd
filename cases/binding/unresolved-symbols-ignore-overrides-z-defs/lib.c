/* foo is defined by nobody at the DSO's link: the executable supplies it. */
int foo(void);
int bar(void) { return foo() + 1; }
