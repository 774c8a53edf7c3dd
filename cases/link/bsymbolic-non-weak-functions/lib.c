#include <stdio.h>
/* Both functions are called from inside the library; the executable defines
 * its own strong_fn and weak_fn too. */
const char *strong_fn(void) { return "lib"; }
__attribute__((weak)) const char *weak_fn(void) { return "lib"; }
const char *lib_calls(void) {
  static char buf[32];
  snprintf(buf, sizeof buf, "strong=%s weak=%s", strong_fn(), weak_fn());
  return buf;
}
