#include "check.h"
const char *which_file(void);
int main(void) { printf("loaded %s\n", which_file()); return 0; }
