#include "check.h"

FILE *lib_stdout(void);
void lib_report(void);

int main(void) {
  CHECK_EQ_PTR(lib_stdout(), stdout);
  CHECK_EQ_INT(setvbuf(stdout, NULL, _IONBF, 0), 0);
  printf("exe: unbuffered\n");
  lib_report();
  return 0;
}
