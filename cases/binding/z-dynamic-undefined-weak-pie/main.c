/* hook is a weak undefined symbol that no input defines. With
 * -z dynamic-undefined-weak the PIE keeps it in .dynsym and reaches it through
 * the GOT, so a definition preloaded at run time satisfies it. */
#include "check.h"

__attribute__((weak)) int hook(void);

int main(int argc, char **argv) {
  (void)argv;
  /* argv[1] says whether libhook.so was preloaded. */
  CHECK_EQ_INT(hook ? hook() : -1, argc > 1 ? 7 : -1);
  return 0;
}
