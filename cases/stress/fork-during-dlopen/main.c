/* A thread keeps dlopen/dlclose-ing a TLS DSO while the main thread forks 64 x scale times.
 * Each child must be able to dlopen another DSO, dlsym and call it, dlopen the busy DSO too,
 * and exit 0: fork must leave the loader's locks and lists consistent in the child.
 * A child that inherits a held loader lock would hang: alarm() turns that into SIGALRM. */
#include <dlfcn.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static atomic_int stop;
static atomic_int cycles;

static void *loader(void *arg) {
  (void)arg;
  while (!atomic_load(&stop)) {
    void *h = dlopen("libbusy.so", RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "%s", dlerror());
    int (*get)(void) = (int (*)(void))dlsym(h, "busy_get");
    CHECK_NOT_NULL(get);
    CHECK_EQ_INT(get(), 18);
    CHECK_EQ_INT(dlclose(h), 0);
    atomic_fetch_add(&cycles, 1);
  }
  return NULL;
}

static int in_child(void) {
  alarm(5);   /* a child deadlocked on an inherited loader lock dies with SIGALRM */
  void *h = dlopen("libchild.so", RTLD_NOW | RTLD_LOCAL);
  if (!h) { fprintf(stderr, "child dlopen: %s\n", dlerror()); return 2; }
  int (*value)(void) = (int (*)(void))dlsym(h, "child_value");
  if (!value || value() != 42) return 3;
  if (dlclose(h) != 0) return 4;
  void *b = dlopen("libbusy.so", RTLD_NOW | RTLD_LOCAL);   /* may or may not be loaded already */
  if (!b) { fprintf(stderr, "child dlopen busy: %s\n", dlerror()); return 5; }
  int (*get)(void) = (int (*)(void))dlsym(b, "busy_get");
  if (!get || get() != 18) return 6;
  return 0;
}

int main(int argc, char **argv) {
  int n = 64 * (argc > 1 ? atoi(argv[1]) : 1);   /* enough forks to land inside a dlopen */
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, loader, NULL), 0);
  while (atomic_load(&cycles) == 0) sched_yield();   /* the loader is really running */
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
  printf("every child forked during dlopen/dlclose could load, look up and exit\n");
  return 0;
}
