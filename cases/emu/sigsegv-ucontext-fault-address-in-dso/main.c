#include "check.h"

extern const int lib_ro[4];
unsigned long lib_fault_address_from_context(void);

int main(void) {
  /* Each kernel stores the faulting data address in the signal frame's machine
   * context: sigcontext.cr2 (x86), .fault_address (arm, arm64), regs->dar (powerpc). */
  unsigned long got = lib_fault_address_from_context();
  CHECK_MSG(got == (unsigned long)&lib_ro[1], "context says %#lx, store was to %p", got, (void *)&lib_ro[1]);
  puts("fault address");
  return 0;
}
