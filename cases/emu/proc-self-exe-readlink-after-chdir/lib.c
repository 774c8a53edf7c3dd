/* A library that locates the running program (as relocatable packages do to
 * find their data files) by reading the /proc/self/exe link. */
#include <unistd.h>

ssize_t lib_exe_path(char *buf, size_t size) {
  ssize_t n = readlink("/proc/self/exe", buf, size - 1);
  if (n >= 0) buf[n] = '\0';
  return n;
}
