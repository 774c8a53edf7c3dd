#include "check.h"

long get_second(void);

int main(void) {
  /* tls_pair = { 5, 37 } in libdtprel.so's TLS block. */
  CHECK_EQ_INT(get_second(), 37);
  return 0;
}
