#include "check.h"

int lib_smaps_header(char *out, size_t outsz);

int main(void) {
  /* proc(5): each /proc/self/smaps entry starts with the maps line of the
   * mapping; the one holding the DSO's code is executable and names libsm.so. */
  char hdr[1024];
  CHECK_EQ_INT(lib_smaps_header(hdr, sizeof hdr), 1);
  char perms[5] = { 0 };
  CHECK(sscanf(hdr, "%*[0-9a-f]-%*[0-9a-f] %4s", perms) == 1);
  CHECK_MSG(perms[2] == 'x', "not executable: %s", hdr);
  CHECK_MSG(strstr(hdr, "/libsm.so") != NULL, "not libsm.so: %s", hdr);
  puts("r-x libsm.so");
  return 0;
}
