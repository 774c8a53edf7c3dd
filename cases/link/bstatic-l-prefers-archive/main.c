#include "check.h"
const char *pick(void);
int main(void) { printf("%s\n", pick()); return 0; }
