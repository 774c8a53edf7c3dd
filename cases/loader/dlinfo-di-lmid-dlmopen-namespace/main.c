#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

static Lmid_t lmid_of(void *h) {
  Lmid_t id = -1;
  CHECK_EQ_INT(dlinfo(h, RTLD_DI_LMID, &id), 0);
  return id;
}

int main(void) {
  void *base = dlopen("./libone.so", RTLD_NOW);
  CHECK_MSG(base != NULL, "%s", dlerror());
  printf("dlopen: %s\n", lmid_of(base) == LM_ID_BASE ? "base" : "not base");
  void *fresh = dlmopen(LM_ID_NEWLM, "./libone.so", RTLD_NOW);
  CHECK_MSG(fresh != NULL, "%s", dlerror());
  Lmid_t ns = lmid_of(fresh);
  printf("dlmopen NEWLM: %s\n", ns != LM_ID_BASE && fresh != base ? "new namespace" : "base namespace");
  void *second = dlmopen(ns, "./libtwo.so", RTLD_NOW);
  CHECK_MSG(second != NULL, "%s", dlerror());
  printf("dlmopen into it: %s\n", lmid_of(second) == ns ? "same namespace" : "other namespace");
  return 0;
}
