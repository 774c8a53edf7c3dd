/* dlopen chain-0.so; its constructor dlopens chain-1.so, and so on, 100 x scale deep.
 * Constructors must complete innermost first; dlclose(chain-0) must run every destructor,
 * outermost first, and unload the whole chain. */
#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>
#include "check.h"

int chain_next, chain_depth;
static int *ctor_order, *dtor_order, nctor, ndtor;

void chain_note_ctor(int idx) { ctor_order[nctor++] = idx; }
void chain_note_dtor(int idx) { dtor_order[ndtor++] = idx; }
void chain_fail(const char *msg) { CHECK_MSG(0, "nested dlopen: %s", msg); }

static void copy_file(const char *from, const char *to) {
  static char buf[1 << 16];
  int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0755);
  CHECK(in >= 0 && out >= 0);
  ssize_t n;
  while ((n = read(in, buf, sizeof buf)) > 0) CHECK_EQ_INT(write(out, buf, n), n);
  CHECK_EQ_INT(n, 0);
  close(in);
  close(out);
}

static void *run_chain(void *arg) {
  (void)arg;
  void *h = dlopen("./chain-0.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(h != NULL, "%s", dlerror());
  CHECK_EQ_INT(nctor, chain_depth);
  for (int i = 0; i < chain_depth; i++) CHECK_EQ_INT(ctor_order[i], chain_depth - 1 - i);
  CHECK_EQ_INT(dlclose(h), 0);
  CHECK_EQ_INT(ndtor, chain_depth);
  for (int i = 0; i < chain_depth; i++) CHECK_EQ_INT(dtor_order[i], i);
  char name[32];
  for (int i = 0; i < chain_depth; i++) {
    snprintf(name, sizeof name, "./chain-%d.so", i);
    CHECK_NULL(dlopen(name, RTLD_NOW | RTLD_NOLOAD));
  }
  return NULL;
}

int main(int argc, char **argv) {
  chain_depth = 100 * (argc > 1 ? atoi(argv[1]) : 1);
  ctor_order = calloc(chain_depth, sizeof(int));
  dtor_order = calloc(chain_depth, sizeof(int));
  CHECK(ctor_order && dtor_order);
  char name[32];
  for (int i = 0; i < chain_depth; i++) {
    snprintf(name, sizeof name, "./chain-%d.so", i);
    copy_file("./libchain.so", name);
  }
  /* Nesting depth grows with the scale: give the chain a stack that grows with it too. */
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  CHECK_EQ_INT(pthread_attr_setstacksize(&attr, (size_t)1 << 20 | (size_t)chain_depth << 15), 0);
  pthread_t t;
  CHECK_EQ_INT(pthread_create(&t, &attr, run_chain, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("nested dlopen chain: ctors innermost first, dtors outermost first, all unloaded\n");
  return 0;
}
