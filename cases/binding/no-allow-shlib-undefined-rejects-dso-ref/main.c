/* Linked against libbar.so alone with --no-allow-shlib-undefined: libbar.so's
 * undefined foo is resolved by no input, so the link must fail instead of
 * producing a program that dies in the loader. */
void bar(void);
int main(void) { bar(); return 0; }
