#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <pthread.h>
#include <semaphore.h>
#include "check.h"

static char log_buf[512];
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread const char *who = "main";

static void note(const char *what) {
  pthread_mutex_lock(&log_lock);
  std::snprintf(log_buf + std::strlen(log_buf), sizeof log_buf - std::strlen(log_buf), "%s%s:%s",
                log_buf[0] ? " " : "", who, what);
  pthread_mutex_unlock(&log_lock);
}

static sem_t used, closed;
static int (*use)(void);

static void *worker(void *) {
  who = "worker";
  char msg[32];
  std::snprintf(msg, sizeof msg, "use=%d", use());
  note(msg);
  sem_post(&used);
  while (sem_wait(&closed) != 0) {}
  note("return"); /* the thread_local destructor runs after this, at thread exit */
  return nullptr;
}

int main() {
  void *h = dlopen("./libtl.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  void (*set_hook)(void (*)(const char *)) = (void (*)(void (*)(const char *)))dlsym(h, "lib_set_hook");
  use = (int (*)(void))dlsym(h, "lib_use");
  CHECK(set_hook != NULL && use != NULL);
  set_hook(note);
  sem_init(&used, 0, 0);
  sem_init(&closed, 0, 0);
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, NULL, worker, NULL), 0);
  while (sem_wait(&used) != 0) {}
  CHECK_EQ_INT(dlclose(h), 0);
  note("dlclose");
  void *again = dlopen("./libtl.so", RTLD_NOW | RTLD_NOLOAD);
  note(again ? "still-loaded=1" : "still-loaded=0");
  if (again) dlclose(again);
  sem_post(&closed);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  std::printf("%s\n", log_buf);
  return 0;
}
