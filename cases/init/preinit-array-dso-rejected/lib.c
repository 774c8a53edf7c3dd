#include <stdio.h>
static void pre(int argc, char **argv, char **envp) {
  (void)argc; (void)argv; (void)envp;
  puts("preinit in a DSO");
}
__attribute__((section(".preinit_array"), used)) static void (*pre_entry)(int, char **, char **) = pre;
int lib_fn(void) { return 1; }
