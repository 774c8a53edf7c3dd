#include "check.h"

/* One executable calls both versions of api: the old one through a reference
 * pinned to api@VER_1, and the default one (api@@VER_2) by its plain name. */
int api(void);
int api_old(void);
__asm__(".symver api_old, api@VER_1");

int main(void) {
  CHECK_EQ_INT(api_old(), 1);
  CHECK_EQ_INT(api(), 2);
  printf("%d %d\n", api_old(), api());
  return 0;
}
