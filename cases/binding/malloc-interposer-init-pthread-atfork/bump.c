/* A replacement malloc that registers fork handlers when it initialises itself,
   as real allocators do (to take and release their locks around fork). */
#include <pthread.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

static _Alignas(16) unsigned char arena[1 << 20];
static size_t used;
static int state;            /* 0 = new, 1 = initialising, 2 = ready */
int bump_prepare_calls;

static void say(const char *s) { (void)!write(2, s, strlen(s)); }
static void prepare(void) { bump_prepare_calls++; }
static void nothing(void) {}

void *malloc(size_t n) {
  if (state == 1) {
    say("pthread_atfork called the replacement malloc during its initialisation\n");
    _exit(3);
  }
  if (state == 0) {
    state = 1;
    if (pthread_atfork(prepare, nothing, nothing) != 0) { say("pthread_atfork failed\n"); _exit(4); }
    state = 2;
  }
  size_t need = (n + 16 + 15) & ~(size_t)15;          /* 16-byte header holds the size */
  if (need > sizeof arena - used) return NULL;
  unsigned char *p = arena + used;
  used += need;
  memcpy(p, &n, sizeof n);
  return p + 16;
}
void free(void *p) { (void)p; }
void *calloc(size_t a, size_t b) {
  if (b && a > (size_t)-1 / b) return NULL;
  void *p = malloc(a * b);
  if (p) memset(p, 0, a * b);
  return p;
}
void *realloc(void *old, size_t n) {
  void *p = malloc(n);
  if (p && old) {
    size_t o;
    memcpy(&o, (unsigned char *)old - 16, sizeof o);
    memcpy(p, old, o < n ? o : n);
  }
  return p;
}
