/* The constructor creates and joins 16 threads while dlopen is still running. Each thread uses
 * this DSO's own TLS (dynamic TLS of a module being loaded) and malloc. */
#include <pthread.h>
#include <stdlib.h>

__thread int storm_tls = 100;
static int results[16];
int storm_ok = -1;

static void *work(void *arg) {
  int i = (int)(long)arg;
  int *p = malloc(sizeof *p);
  if (!p) return NULL;
  *p = storm_tls + i;     /* 100 + i: a fresh TLS block in a new thread */
  storm_tls = -1;         /* must not be visible to any other thread */
  results[i] = *p;
  free(p);
  return NULL;
}

__attribute__((constructor)) static void storm_init(void) {
  pthread_t t[16];
  int ok = 1;
  for (long i = 0; i < 16; i++)
    if (pthread_create(&t[i], NULL, work, (void *)i) != 0) ok = 0;
  for (int i = 0; i < 16; i++)
    if (pthread_join(t[i], NULL) != 0) ok = 0;
  for (int i = 0; i < 16; i++)
    if (results[i] != 100 + i) ok = 0;
  if (storm_tls != 100) ok = 0;
  storm_ok = ok;
}
