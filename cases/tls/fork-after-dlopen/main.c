#include <dlfcn.h>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static int (*dyn_bump)(int);

/* A second thread uses the dlopen'd module's TLS, then forks. */
static void *thread_fn(void *arg) {
  (void)arg;
  dyn_bump(20);                           /* this thread: 25, 1 call */
  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    /* the child's only thread is a copy of this one: 25 +1, 2 calls */
    printf("child: %d\n", dyn_bump(1));
    fflush(stdout);
    _exit(0);
  }
  int st;
  CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  printf("forking thread: %d\n", dyn_bump(0));   /* child's write stayed there: 25, 2 calls */
  return NULL;
}

int main(void) {
  pthread_t t;
  void *h = dlopen("libdyn.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  *(void **)&dyn_bump = dlsym(h, "dyn_bump");
  CHECK_NOT_NULL(dyn_bump);
  dyn_bump(1);                                   /* main: 6, 1 call */
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("main: %d\n", dyn_bump(0));             /* 6, 2 calls */
  return 0;
}
