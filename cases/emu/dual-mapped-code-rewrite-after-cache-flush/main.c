#include "check.h"

void *lib_jit_init(void);
void lib_jit_emit_return(int n);

int main(void) {
  void *entry = lib_jit_init();
  CHECK_NOT_NULL(entry);
  int (*fn)(void) = (int (*)(void))entry;
  lib_jit_emit_return(1);
  CHECK_EQ_INT(fn(), 1);
  /* Rewritten through the other mapping and flushed as the architecture
   * requires (__builtin___clear_cache): the next call runs the new code. */
  lib_jit_emit_return(2);
  CHECK_EQ_INT(fn(), 2);
  puts("2");
  return 0;
}
