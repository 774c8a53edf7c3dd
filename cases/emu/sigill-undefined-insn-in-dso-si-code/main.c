#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include "check.h"

int lib_catch_undef(int *code, void **addr);

/* si_code each kernel gives an undefined instruction in user mode:
 * x86 exc_invalid_op -> ILL_ILLOPN; arm and arm64 do_undefinstr -> ILL_ILLOPC;
 * powerpc program_check_exception (illegal) -> ILL_ILLOPC. */
#if defined(__x86_64__)
#define WANT ILL_ILLOPN
#else
#define WANT ILL_ILLOPC
#endif

int main(void) {
  int code = 0;
  void *addr = NULL;
  CHECK_EQ_INT(lib_catch_undef(&code, &addr), 1);
  CHECK_EQ_INT(code, WANT);
  /* si_addr is the address of the instruction, inside lib_undef. */
  Dl_info info;
  CHECK(dladdr(addr, &info) != 0 && info.dli_sname != NULL);
  CHECK_EQ_STR(info.dli_sname, "lib_undef");
  puts("SIGILL");
  return 0;
}
