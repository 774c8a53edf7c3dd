#include "tpl.h"
/* Implicit instantiation: libtpl.so emits its own weak twice<int> and reaches it through the GOT/PLT. */
void *lib_twice_addr(void) { return (void *)&twice<int>; }
int lib_call(int x) { return twice<int>(x); }
