#include "check.h"
int outer_value(void);
int inner_value(void);   /* defined only in libinner.so, which main does not name */
int main(void) { printf("%d\n", outer_value() + inner_value()); return 0; }
