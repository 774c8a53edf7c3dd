/* A library that names the /proc/self/maps mapping holding an address. It
 * uses open/read into a static buffer, never malloc, so that the C library's
 * allocator does not move the program break while we look at it. */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char maps[1 << 16];
static char label[256];

const char *lib_maps_label(const void *addr) {
  int fd = open("/proc/self/maps", O_RDONLY);
  if (fd < 0) return NULL;
  size_t n = 0;
  ssize_t r;
  while (n < sizeof maps - 1 && (r = read(fd, maps + n, sizeof maps - 1 - n)) > 0) n += (size_t)r;
  close(fd);
  maps[n] = '\0';
  uintptr_t a = (uintptr_t)addr;
  for (char *line = maps; *line; ) {
    char *nl = strchr(line, '\n');
    if (nl) *nl = '\0';
    char *end;
    uintptr_t lo = (uintptr_t)strtoull(line, &end, 16);
    uintptr_t hi = (uintptr_t)strtoull(end + 1, NULL, 16);
    if (lo <= a && a < hi) {
      /* "lo-hi perms offset dev inode   path": the path is the 6th field. */
      char *p = line;
      for (int field = 0; field < 5 && p; field++) {
        p = strchr(p, ' ');
        while (p && *p == ' ') p++;
      }
      strncpy(label, p ? p : "", sizeof label - 1);
      return label;
    }
    if (!nl) break;
    line = nl + 1;
  }
  return NULL;
}
