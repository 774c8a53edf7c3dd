#include <stdio.h>
#include <string.h>
__attribute__((constructor)) static void args_ctor(int argc, char **argv, char **envp) {
  const char *mark = "missing";
  for (char **e = envp; e && *e; e++)
    if (strncmp(*e, "INIT_MARK=", 10) == 0) mark = *e + 10;
  printf("lib ctor: argc=%d argv[1]=%s argv[2]=%s argv[3]=%s envp has INIT_MARK=%s\n",
         argc, argc > 1 ? argv[1] : "?", argc > 2 ? argv[2] : "?",
         argc == 3 && argv[3] == NULL ? "NULL" : "?", mark);
}
int lib_fn(void) { return 1; }
