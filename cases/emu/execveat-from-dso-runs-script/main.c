#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

extern char **environ;
int lib_exec_helper(int dirfd, const char *name, char *const argv[], char *const envp[]);

int main(void) {
  /* A "#!/bin/sh" script that exits with 42: its interpreter is the host's,
   * so it runs natively and under an emulator alike. */
  int fd = open("helper.sh", O_WRONLY | O_CREAT | O_TRUNC, 0755);
  CHECK(fd >= 0);
  CHECK(dprintf(fd, "#!/bin/sh\nexit 42\n") > 0);
  CHECK_EQ_INT(close(fd), 0);

  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    char *argv[] = { "helper.sh", NULL };
    lib_exec_helper(AT_FDCWD, "helper.sh", argv, environ);
    _exit(errno == ENOSYS ? 38 : 1);       /* execveat returned: it failed */
  }
  int st;
  CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
  CHECK(WIFEXITED(st));
  CHECK_MSG(WEXITSTATUS(st) == 42, "child exit %d (38 = execveat failed with ENOSYS)", WEXITSTATUS(st));
  puts("42");
  return 0;
}
