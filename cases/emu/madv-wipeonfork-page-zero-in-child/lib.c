#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* A library keeping secret state (say, a DRBG seed) in a page that fork()
 * must not copy, the way crypto libraries use MADV_WIPEONFORK. */
unsigned char *lib_secret_page(int *madv_ret) {
  long pg = sysconf(_SC_PAGESIZE);
  unsigned char *p = mmap(NULL, (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
  *madv_ret = madvise(p, (size_t)pg, MADV_WIPEONFORK);
  memset(p, 0xA5, 64);
  return p;
}
