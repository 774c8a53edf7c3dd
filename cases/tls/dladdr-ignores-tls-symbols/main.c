#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <string.h>
#include "check.h"

char *tls_table_addr(void);

static const void *lib_phdr;

static int find_lib(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size; (void)data;
  const char *slash = strrchr(info->dlpi_name, '/');
  if (strcmp(slash ? slash + 1 : info->dlpi_name, "libtlsd.so") == 0) lib_phdr = info->dlpi_phdr;
  return 0;
}

int main(void) {
  tls_table_addr()[0] = 1;
  dl_iterate_phdr(find_lib, NULL);
  CHECK_NOT_NULL(lib_phdr);

  /* The program headers lie in the DSO's first page; no symbol's definition covers
     them. A TLS symbol's value is not an address, so it must not be matched. */
  Dl_info info;
  CHECK(dladdr(lib_phdr, &info) != 0);
  CHECK(strstr(info.dli_fname, "libtlsd.so") != NULL);
  CHECK_MSG(info.dli_sname == NULL, "dli_sname = %s, dli_saddr = %p", info.dli_sname, info.dli_saddr);
  puts("phdr: no symbol");
  return 0;
}
