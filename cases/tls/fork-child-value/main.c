#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int *lib_var_addr(void);
__thread int exe_var = 6;

static void *forker(void *arg) {
  (void)arg;
  *lib_var_addr() = 50;            /* this thread's copies, not the main thread's */
  exe_var = 60;
  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {                  /* the child's only thread is a copy of this one */
    printf("child: lib=%d exe=%d\n", *lib_var_addr(), exe_var);
    *lib_var_addr() = 999;         /* must not reach the parent */
    fflush(stdout);
    _exit(0);
  }
  int status;
  CHECK_EQ_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("forking thread: lib=%d exe=%d\n", *lib_var_addr(), exe_var);
  return NULL;
}

int main(void) {
  pthread_t t;
  *lib_var_addr() = 1;
  exe_var = 2;
  CHECK_EQ_INT(pthread_create(&t, NULL, forker, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("main: lib=%d exe=%d\n", *lib_var_addr(), exe_var);
  return 0;
}
