/* A replacement malloc that can be told to fail, to simulate running out of memory. */
#include <stddef.h>
#include <string.h>

static _Alignas(16) unsigned char arena[1 << 20];
static size_t used;
int fail_malloc;

void *malloc(size_t n) {
  if (fail_malloc) return NULL;
  size_t need = (n + 16 + 15) & ~(size_t)15;        /* 16-byte header holds the size */
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
