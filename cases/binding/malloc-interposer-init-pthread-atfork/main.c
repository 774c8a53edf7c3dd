#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

extern int bump_prepare_calls;

int main(void) {
  char *p = malloc(32);                 /* the replacement, initialised by now */
  CHECK_NOT_NULL(p);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) _exit(0);
  int st;
  CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  CHECK_EQ_INT(bump_prepare_calls, 1);   /* the handler registered in malloc ran at fork */
  puts("ok");
  return 0;
}
