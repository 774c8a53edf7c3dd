#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include "check.h"

int *table_address(void);

int main(void) {
  int *table = table_address();
  Dl_info info;
  const ElfW(Sym) *sym = NULL;
  CHECK(dladdr1(&table[3], &info, (void **)&sym, RTLD_DL_SYMENT) != 0);
  CHECK_NOT_NULL(sym);
  printf("name=%s type=%s size=%u saddr=%s base+st_value=%s\n", info.dli_sname ? info.dli_sname : "(null)",
         ELF64_ST_TYPE(sym->st_info) /* same as ELF32_ST_TYPE: the low 4 bits */ == STT_OBJECT ? "OBJECT" : "other", (unsigned)sym->st_size,
         info.dli_saddr == (void *)table ? "table" : "other",
         (char *)info.dli_fbase + sym->st_value == (char *)table ? "table" : "other");
  return 0;
}
