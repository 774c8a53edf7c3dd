/* A second thread signals the main thread (with a handshake per signal) while the main thread
 * makes its first, lazily bound PLT calls to 256 functions; the handler makes the first calls to
 * 64 other lazily bound functions. Each process is a fresh fork, so every PLT slot starts unbound.
 * Every call must reach the right function. */
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "hexnames.h"

#define DECL_F(h) int f_##h(int);
#define DECL_G(h) int g_##h(int);
HEX256(DECL_F)
HEX64(DECL_G)

static atomic_int handled, bad, finished;
static pthread_t main_thread;

static int call_g(int i, int x) {
  switch (i) {
#define CASE_G(h) case 0x##h: return g_##h(x);
    HEX64(CASE_G)
  }
  return -1;
}

static void on_signal(int sig) {
  (void)sig;
  int n = atomic_load(&handled);
  int i = n % 64;
  if (call_g(i, n) != n * 5 + i) atomic_fetch_add(&bad, 1);
  if (f_00(n) != n * 3) atomic_fetch_add(&bad, 1);
  atomic_fetch_add(&handled, 1);
}

static void *signaller(void *arg) {
  int count = *(int *)arg;
  for (int k = 0; k < count; k++) {
    CHECK_EQ_INT(pthread_kill(main_thread, SIGUSR1), 0);
    while (atomic_load(&handled) == k) sched_yield();   /* handshake: wait until handled */
  }
  atomic_store(&finished, 1);
  return NULL;
}

static int child(int signals) {
  struct sigaction sa = { .sa_handler = on_signal, .sa_flags = SA_RESTART };
  sigemptyset(&sa.sa_mask);
  CHECK_EQ_INT(sigaction(SIGUSR1, &sa, NULL), 0);
  main_thread = pthread_self();
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, signaller, &signals), 0);
  int round = 0;
  do {
#define CALL_F(h) CHECK_EQ_INT(f_##h(round), round * 3 + 0x##h);
    HEX256(CALL_F)
    round++;
    sched_yield();                            /* let the signaller run if it shares our CPU */
  } while (!atomic_load(&finished));
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  CHECK_EQ_INT(atomic_load(&handled), signals);
  CHECK_EQ_INT(atomic_load(&bad), 0);
  return 0;
}

int main(int argc, char **argv) {
  if (getenv("LD_BIND_NOW")) UNSUPPORTED("LD_BIND_NOW is set: nothing is bound lazily");
  int scale = argc > 1 ? atoi(argv[1]) : 1;
  for (int p = 0; p < 2 * scale; p++) {
    fflush(NULL);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) _exit(child(64));
    int st;
    CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
    CHECK_MSG(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child %d: status %#x", p, st);
  }
  printf("lazy binding under signals: every call reached its function\n");
  return 0;
}
