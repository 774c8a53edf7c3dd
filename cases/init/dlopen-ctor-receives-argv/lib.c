#include <stdio.h>
__attribute__((constructor)) static void args_ctor(int argc, char **argv, char **envp) {
  (void)envp;
  printf("plug ctor: argc=%d argv[1]=%s\n", argc, argc > 1 && argv ? argv[1] : "?");
}
