#define _GNU_SOURCE
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

unsigned char *lib_secret_page(int *madv_ret);

int main(void) {
  int r = -1;
  unsigned char *p = lib_secret_page(&r);
  CHECK_NOT_NULL(p);
  CHECK_EQ_INT(r, 0);
  /* madvise(2): after fork the child sees a MADV_WIPEONFORK range zero-filled;
   * the parent keeps its contents. */
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) _exit(p[0] == 0 && p[63] == 0 ? 0 : 3);
  int st;
  CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
  CHECK(WIFEXITED(st));
  CHECK_MSG(WEXITSTATUS(st) == 0, "the child saw the parent's bytes");
  CHECK_EQ_INT(p[0], 0xA5);
  puts("wiped");
  return 0;
}
