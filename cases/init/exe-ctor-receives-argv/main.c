#include "check.h"
static char line[128];
__attribute__((constructor)) static void exe_ctor(int argc, char **argv, char **envp) {
  (void)envp;
  snprintf(line, sizeof line, "exe ctor: argc=%d argv[1]=%s", argc, argc > 1 && argv ? argv[1] : "?");
}
int main(void) {
  puts(line);
  return 0;
}
