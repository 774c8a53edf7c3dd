#include <stdio.h>
void _init(void) { puts("my _init"); }
