#define _GNU_SOURCE
#include <signal.h>
#include "check.h"

extern const int lib_table[4];
int lib_store_to_rodata(int *code, void **addr);

int main(void) {
  /* sigaction(2): a store to a mapped page without write permission raises
   * SIGSEGV with si_code SEGV_ACCERR ("invalid permissions for mapped object"),
   * not SEGV_MAPERR ("address not mapped"); si_addr is the faulting address. */
  int code = 0;
  void *addr = NULL;
  CHECK_EQ_INT(lib_store_to_rodata(&code, &addr), 1);
  CHECK_EQ_INT(code, SEGV_ACCERR);
  CHECK_EQ_PTR(addr, (void *)&lib_table[2]);
  CHECK_EQ_INT(lib_table[2], 3);
  puts("SEGV_ACCERR");
  return 0;
}
