#include <pthread.h>
#include "check.h"

void lib_init(void);
void lib_enter(int *id);
const char *lib_seen(int id);

static int ids[4] = {0, 1, 2, 3};

static void *thread_fn(void *arg) { lib_enter(arg); return NULL; }

int main(void) {
  pthread_t t[4];
  lib_init();
  for (int i = 0; i < 4; i++) CHECK_EQ_INT(pthread_create(&t[i], NULL, thread_fn, &ids[i]), 0);
  for (int i = 0; i < 4; i++) CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
  for (int i = 0; i < 4; i++) printf("%s\n", lib_seen(i));
  return 0;
}
