/* libbar.so calls foo, which nothing in the link defines. */
void foo(void);
void bar(void) { foo(); }
