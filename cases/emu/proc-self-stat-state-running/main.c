#include "check.h"

char lib_self_state(void);

int main(void) {
  /* proc(5): field 3 is the task state. The task reading its own stat file is
   * on a CPU at that moment, so the kernel reports 'R' (running). */
  char state = lib_self_state();
  CHECK_MSG(state == 'R', "state field is '%c' (0x%02x), expected 'R'", state, (unsigned char)state);
  puts("R");
  return 0;
}
