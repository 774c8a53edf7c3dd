#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include "check.h"

typedef int fn_t(void);

static fn_t *open_bump(void *h) {
  CHECK_MSG(h != NULL, "%s", dlerror());
  fn_t *f = (fn_t *)dlsym(h, "bump");
  CHECK_NOT_NULL(f);
  return f;
}

static Lmid_t lmid(void *h) {
  Lmid_t id;
  CHECK_EQ_INT(dlinfo(h, RTLD_DI_LMID, &id), 0);
  return id;
}

int main(void) {
  void *ha = dlmopen(LM_ID_NEWLM, "./libcounter.so", RTLD_NOW);
  void *hb = dlmopen(LM_ID_NEWLM, "./libcounter.so", RTLD_NOW);
  void *hbase = dlopen("./libcounter.so", RTLD_NOW);
  fn_t *a = open_bump(ha), *b = open_bump(hb), *base = open_bump(hbase);
  CHECK(lmid(ha) != LM_ID_BASE);
  CHECK(lmid(hb) != LM_ID_BASE);
  CHECK(lmid(ha) != lmid(hb));
  CHECK_EQ_INT(lmid(hbase), LM_ID_BASE);
  CHECK(a != b && a != base && b != base);
  int a1 = a(), a2 = a(), b1 = b(), base1 = base();
  printf("a=%d a=%d b=%d base=%d\n", a1, a2, b1, base1);
  return 0;
}
