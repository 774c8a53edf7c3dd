#include "check.h"
int first_value(void);
int main(void) { printf("main %d\n", first_value()); return 0; }
