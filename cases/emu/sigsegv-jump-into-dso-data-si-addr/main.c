#include "check.h"

extern unsigned int lib_data[16];
int lib_call_data(void **addr);

int main(void) {
  /* An instruction fetch from a page without execute permission raises SIGSEGV;
   * the kernel reports the address of the fetch (the branch target) in si_addr. */
  void *addr = NULL;
  CHECK_EQ_INT(lib_call_data(&addr), 1);
  CHECK_EQ_PTR(addr, (void *)lib_data);
  puts("si_addr ok");
  return 0;
}
