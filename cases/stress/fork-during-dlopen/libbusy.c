/* Loaded and unloaded in a loop by a second thread; TLS and a constructor make each dlopen
 * do real work (TLS module id, DTV generation, init calls) while the main thread forks. */
__thread int busy_tls = 9;
static int inited;

__attribute__((constructor)) static void busy_init(void) { inited = busy_tls; }
int busy_get(void) { return inited + busy_tls; }
