#include "check.h"
int lib_fn(void);
static void exe_preinit(int argc, char **argv, char **envp) {
  (void)argc; (void)argv; (void)envp;
  puts("exe preinit");
}
__attribute__((section(".preinit_array"), used)) static void (*preinit_entry)(int, char **, char **) = exe_preinit;
__attribute__((constructor)) static void exe_ctor(void) { puts("exe ctor"); }
int main(void) {
  CHECK_EQ_INT(lib_fn(), 1);
  puts("main");
  return 0;
}
