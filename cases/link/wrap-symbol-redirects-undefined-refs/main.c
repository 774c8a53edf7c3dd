#include "check.h"
int compute(int);
int __real_compute(int);

/* With --wrap=compute, main's undefined compute resolves here, and
 * __real_compute to the library's compute. */
int __wrap_compute(int x) { return __real_compute(x) * 10; }

int main(void) { printf("compute(4)=%d\n", compute(4)); return 0; }
