#include <dlfcn.h>
#include <pthread.h>
#include "check.h"

#define MODS 16     /* more than glibc's DTV surplus (14): running threads' DTVs must grow */
#define EARLY 8
#define LATE 8

static int (*step[MODS])(void), (*count[MODS])(void);
static pthread_barrier_t opened;

static void work(void) {
  for (int r = 1; r <= 3; r++)
    for (int m = 0; m < MODS; m++)
      CHECK_EQ_INT(step[m](), m * 100 + 1 + 1000 * r);   /* own copy, from module m's image */
  for (int m = 0; m < MODS; m++) CHECK_EQ_INT(count[m](), 3);
}

static void *early_fn(void *arg) { (void)arg; pthread_barrier_wait(&opened); work(); return NULL; }
static void *late_fn(void *arg) { (void)arg; work(); return NULL; }

int main(void) {
  pthread_t t[EARLY + LATE];
  pthread_barrier_init(&opened, NULL, EARLY + 1);
  for (int i = 0; i < EARLY; i++) CHECK_EQ_INT(pthread_create(&t[i], NULL, early_fn, NULL), 0);
  for (int m = 0; m < MODS; m++) {
    char name[32];
    snprintf(name, sizeof name, "libmod%d.so", m);
    void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "%s", dlerror());
    *(void **)&step[m] = dlsym(h, "mod_step");
    *(void **)&count[m] = dlsym(h, "mod_count");
    CHECK(step[m] && count[m]);
  }
  pthread_barrier_wait(&opened);
  for (int i = EARLY; i < EARLY + LATE; i++) CHECK_EQ_INT(pthread_create(&t[i], NULL, late_fn, NULL), 0);
  for (int i = 0; i < EARLY + LATE; i++) CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
  for (int m = 0; m < MODS; m++) CHECK_EQ_INT(count[m](), 0);   /* main untouched */
  printf("16 threads x 16 modules ok\n");
  return 0;
}
