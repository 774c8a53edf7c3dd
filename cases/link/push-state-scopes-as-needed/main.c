#include "check.h"
int main(void) { puts("main"); return 0; }
