#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int inits;
static void do_init(void) { ++inits; puts("runtime init"); }
int runtime_start(void) { pthread_once(&once, do_init); return inits; }
