#include <pthread.h>
#include "check.h"

char *first_addr(void);
char *line_addr(void);
char *page_addr(void);
char *line_bss_addr(void);

static void *check_block(void *arg) {
  CHECK_ALIGNED(line_addr(), 64);
  CHECK_ALIGNED(page_addr(), 4096);
  CHECK_ALIGNED(line_bss_addr(), 64);
  /* the initial image landed at the aligned addresses */
  CHECK_EQ_INT(*first_addr(), 1);
  CHECK_EQ_INT(line_addr()[0] + line_addr()[2], 4 + 6);
  CHECK_EQ_INT(page_addr()[0] + page_addr()[2] + page_addr()[4], 7 + 9 + 0);
  CHECK_EQ_INT(line_bss_addr()[0] | line_bss_addr()[63], 0);
  printf("%s: aligned\n", (const char *)arg);
  fflush(stdout);
  return NULL;
}

int main(void) {
  pthread_t t;
  check_block("main");
  CHECK_EQ_INT(pthread_create(&t, NULL, check_block, "thread"), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  return 0;
}
