/* A thread keeps calling dlsym (and dlerror for a missing name) on a loaded DSO while the main
 * thread forks 8 x scale times. dlsym holds the loader lock, which fork resets in the child:
 * each child must be able to dlopen another DSO, dlsym and call it, and exit 0. */
#include <dlfcn.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static atomic_int stop, lookups;
static void *syms;

static void *looker(void *arg) {
  (void)arg;
  while (!atomic_load(&stop)) {
    int (*a)(void) = (int (*)(void))dlsym(syms, "syms_a");
    int (*b)(void) = (int (*)(void))dlsym(syms, "syms_b");
    CHECK(a && b);
    CHECK_EQ_INT(a() + b(), 7);
    CHECK_NULL(dlsym(syms, "syms_missing"));
    CHECK_NOT_NULL(dlerror());
    atomic_fetch_add(&lookups, 1);
  }
  return NULL;
}

static int in_child(void) {
  alarm(5);   /* a child deadlocked on an inherited loader lock dies with SIGALRM */
  void *h = dlopen("libchild.so", RTLD_NOW | RTLD_LOCAL);
  if (!h) { fprintf(stderr, "child dlopen: %s\n", dlerror()); return 2; }
  int (*value)(void) = (int (*)(void))dlsym(h, "child_value");
  if (!value || value() != 42) return 3;
  int (*b)(void) = (int (*)(void))dlsym(syms, "syms_b");
  if (!b || b() != 6) return 4;
  if (dlclose(h) != 0) return 5;
  return 0;
}

int main(int argc, char **argv) {
  int n = 8 * (argc > 1 ? atoi(argv[1]) : 1);
  syms = dlopen("libsyms.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(syms != NULL, "%s", dlerror());
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, looker, NULL), 0);
  while (atomic_load(&lookups) == 0) sched_yield();   /* the looker is really running */
  for (int i = 0; i < n; i++) {
    fflush(NULL);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) _exit(in_child());
    int st;
    CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
    CHECK_MSG(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child %d: status %#x", i, st);
  }
  atomic_store(&stop, 1);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("every child forked during dlsym could load, look up and exit\n");
  return 0;
}
