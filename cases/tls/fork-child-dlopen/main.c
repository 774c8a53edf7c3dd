#include <dlfcn.h>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

__thread int exe_tls = 3;

static void *child_thread(void *arg) {
  int (*dyn_bump)(int) = (int (*)(int))arg;
  printf("child's thread: %d exe=%d\n", dyn_bump(2), exe_tls);   /* image again: 7, 1 call */
  return NULL;
}

int main(void) {
  exe_tls = 30;
  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    /* the module is loaded only in the child, after fork */
    void *h = dlopen("libdyn.so", RTLD_NOW);
    CHECK_MSG(h != NULL, "%s", dlerror());
    int (*dyn_bump)(int);
    *(void **)&dyn_bump = dlsym(h, "dyn_bump");
    CHECK_NOT_NULL(dyn_bump);
    printf("child: %d exe=%d\n", dyn_bump(1), exe_tls);          /* 6, 1 call; exe_tls inherited */
    fflush(stdout);
    pthread_t t;
    CHECK_EQ_INT(pthread_create(&t, NULL, child_thread, (void *)dyn_bump), 0);
    CHECK_EQ_INT(pthread_join(t, NULL), 0);
    fflush(stdout);
    _exit(0);
  }
  int st;
  CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  CHECK_NULL(dlopen("libdyn.so", RTLD_NOW | RTLD_NOLOAD));        /* not in the parent */
  printf("parent: exe=%d\n", exe_tls);
  return 0;
}
