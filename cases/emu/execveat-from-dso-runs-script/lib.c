#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* A library that launches a helper program with execveat(2), relative to a
 * directory descriptor. Only returns if the call failed. */
int lib_exec_helper(int dirfd, const char *name, char *const argv[], char *const envp[]) {
  return (int)syscall(SYS_execveat, dirfd, name, argv, envp, 0);
}
