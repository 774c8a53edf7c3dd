#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void) {
  char cwd[PATH_MAX];
  CHECK_NOT_NULL(getcwd(cwd, sizeof cwd));
  void *self = dlopen(NULL, RTLD_NOW);
  CHECK_NOT_NULL(self);
  Dl_serinfo size;
  CHECK_EQ_INT(dlinfo(self, RTLD_DI_SERINFOSIZE, &size), 0);
  Dl_serinfo *info = malloc(size.dls_size);
  CHECK_NOT_NULL(info);
  CHECK_EQ_INT(dlinfo(self, RTLD_DI_SERINFOSIZE, info), 0);
  CHECK_EQ_INT(dlinfo(self, RTLD_DI_SERINFO, info), 0);
  CHECK(info->dls_cnt >= 3);
  /* The rest are the system directories, which differ per arch. */
  for (unsigned i = 0; i < 3; i++)
    printf("%u: %s\n", i, strcmp(info->dls_serpath[i].dls_name, cwd) == 0 ? "<cwd>" : info->dls_serpath[i].dls_name);
  return 0;
}
