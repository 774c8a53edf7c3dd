#include "check.h"
extern char ctor_saw[128];
int main(void) {
  printf("ctor saw INIT_GREETING=%s\n", ctor_saw);
  return 0;
}
