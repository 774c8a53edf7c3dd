/* setup: ./setup SRC DST [SRC DST ...] renames built files into subdirectories
 * (creating them). Every build step writes into one directory; search-path cases
 * need some libraries elsewhere. */
#include <errno.h>
#include <sys/stat.h>
#include "check.h"

static void make_parents(const char *path) {
  char dir[512];
  snprintf(dir, sizeof dir, "%s", path);
  for (char *p = strchr(dir, '/'); p != NULL; p = strchr(p + 1, '/')) {
    *p = '\0';
    CHECK_MSG(mkdir(dir, 0755) == 0 || errno == EEXIST, "mkdir %s", dir);
    *p = '/';
  }
}

int main(int argc, char **argv) {
  CHECK(argc % 2 == 1);
  for (int i = 1; i + 1 < argc; i += 2) {
    make_parents(argv[i + 1]);
    CHECK_MSG(rename(argv[i], argv[i + 1]) == 0, "rename %s %s", argv[i], argv[i + 1]);
  }
  return 0;
}
