/* A dynamically loaded TLS module: every fresh load starts at 42 in every thread. */
__thread long tv = 42;

long tv_get(void) { return tv; }
void tv_set(long v) { tv = v; }
