#include <stdio.h>
#include <stdlib.h>
const char *greeting(void);
int main(void) { printf("%s %s\n", greeting(), getenv("WHO")); return 0; }
