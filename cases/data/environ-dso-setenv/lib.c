#include <stdlib.h>

void lib_setenv(void) {
  setenv("DSOCONF_A", "one", 1);
  setenv("DSOCONF_B", "two", 1);
}
