#include "check.h"

int api_base(void);
int api_extra_v2(void);

int main(void) {
  CHECK_EQ_INT(api_base() + api_extra_v2(), 3);
  return 0;
}
