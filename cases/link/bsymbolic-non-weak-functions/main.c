#include "check.h"
const char *lib_calls(void);
/* Definitions that would interpose on the library's under default binding. */
const char *strong_fn(void) { return "exe"; }
const char *weak_fn(void) { return "exe"; }
int main(void) { puts(lib_calls()); return 0; }
