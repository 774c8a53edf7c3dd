#include <stdio.h>
__attribute__((constructor)) static void init_plain(void) { puts("libplain ctor"); }
int plain_linked(void) { return 1; }
