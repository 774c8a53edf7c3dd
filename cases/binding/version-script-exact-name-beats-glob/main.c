#include "check.h"

int api_plain(void);
int api_special(void);

int main(void) {
  CHECK_EQ_INT(api_plain() + api_special(), 3);
  return 0;
}
