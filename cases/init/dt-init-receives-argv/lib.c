#include <stdio.h>
void lib_init(int argc, char **argv, char **envp) {
  (void)envp;
  printf("DT_INIT: argc=%d argv[1]=%s\n", argc, argc > 1 && argv ? argv[1] : "?");
}
int lib_fn(void) { return 1; }
