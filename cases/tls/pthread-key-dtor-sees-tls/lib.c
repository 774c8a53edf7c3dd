#include <pthread.h>
#include <stdio.h>

__thread int lib_tls = 3;
static pthread_key_t key;
static char seen[8][64];

/* pthread_key destructor: runs at thread exit, in the exiting thread. */
static void key_dtor(void *p) {
  int id = *(int *)p;
  snprintf(seen[id], sizeof seen[id], "thread %d: key dtor sees lib_tls=%d", id, lib_tls);
}

void lib_init(void) { pthread_key_create(&key, key_dtor); }
void lib_enter(int *id) { lib_tls = 100 + *id; pthread_setspecific(key, id); }
const char *lib_seen(int id) { return seen[id]; }
