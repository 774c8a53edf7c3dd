#include "check.h"

int lib_maps_line(const char *path, char *out, size_t outsz);

int main(void) {
  /* "/proc/./self/maps" names the same file as "/proc/self/maps" (path_resolution(7)):
   * the line for the DSO's code, executable and naming libmaps2.so, must be
   * the same through both paths. */
  char canon[1024], dotted[1024];
  CHECK_EQ_INT(lib_maps_line("/proc/self/maps", canon, sizeof canon), 1);
  CHECK(strstr(canon, "libmaps2.so") != NULL);
  CHECK_EQ_INT(lib_maps_line("/proc/./self/maps", dotted, sizeof dotted), 1);
  CHECK_EQ_STR(dotted, canon);
  puts("same");
  return 0;
}
