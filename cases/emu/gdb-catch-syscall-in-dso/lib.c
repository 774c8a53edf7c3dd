#include <unistd.h>

/* The library issues the program's only getppid(2) system call. */
long lib_parent(void) {
  return (long)getppid();
}
