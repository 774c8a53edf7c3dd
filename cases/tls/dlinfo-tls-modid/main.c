#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include "check.h"

static size_t phdr_modid;

static int cb(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size; (void)data;
  const char *n = info->dlpi_name, *want = "/libtls.so";
  size_t a = strlen(n), b = strlen(want);
  if (a >= b && strcmp(n + a - b, want) == 0) phdr_modid = info->dlpi_tls_modid;
  return 0;
}

int main(void) {
  void *tls = dlopen("libtls.so", RTLD_NOW), *plain = dlopen("libnotls.so", RTLD_NOW);
  CHECK_MSG(tls && plain, "%s", dlerror());
  size_t modid = 12345, none = 12345;
  CHECK_EQ_INT(dlinfo(tls, RTLD_DI_TLS_MODID, &modid), 0);
  CHECK_EQ_INT(dlinfo(plain, RTLD_DI_TLS_MODID, &none), 0);
  CHECK_EQ_INT(dl_iterate_phdr(cb, NULL), 0);
  CHECK_EQ_UINT(modid, phdr_modid);      /* the two interfaces agree */
  CHECK(modid > 0);
  printf("tls DSO: modid matches dl_iterate_phdr\n");
  printf("DSO without PT_TLS: modid=%zu\n", none);
  return 0;
}
