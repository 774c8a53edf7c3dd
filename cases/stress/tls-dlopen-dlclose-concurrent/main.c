/* Two threads dlopen/dlclose their own copy of a TLS module in a loop while two other threads
 * keep reading and writing TLS (the executable's, a startup DSO's, and a dlopened module that
 * stays loaded). Every value read must be the one that thread last wrote. */
#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include "check.h"

long rv_get(void);
void rv_set(long v);

static __thread long ev = 3;
static int iters;
static atomic_int openers_left = 2;
static long (*keep_get)(void);
static void (*keep_set)(long);

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

static void *opener(void *arg) {
  long id = (long)arg;
  char name[32];
  snprintf(name, sizeof name, "./tlsmod-%ld.so", id);
  for (int i = 0; i < iters; i++) {
    void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "%s", dlerror());
    long (*get)(void) = (long (*)(void))dlsym(h, "tv_get");
    void (*set)(long) = (void (*)(long))dlsym(h, "tv_set");
    CHECK(get && set);
    CHECK_EQ_INT(get(), 42);            /* a reloaded module starts from its .tdata image */
    set(id * 1000000 + i);
    CHECK_EQ_INT(get(), id * 1000000 + i);
    CHECK_EQ_INT(dlclose(h), 0);
  }
  atomic_fetch_sub(&openers_left, 1);
  return NULL;
}

static void *reader(void *arg) {
  long id = (long)arg;
  CHECK_EQ_INT(ev, 3);
  CHECK_EQ_INT(rv_get(), 7);
  CHECK_EQ_INT(keep_get(), 42);
  long rounds = 0;
  do {
    long v = id * 1000000 + rounds;
    ev = v;
    rv_set(v + 1);
    keep_set(v + 2);
    CHECK_EQ_INT(ev, v);
    CHECK_EQ_INT(rv_get(), v + 1);
    CHECK_EQ_INT(keep_get(), v + 2);
    rounds++;
  } while (atomic_load(&openers_left) > 0 || rounds < iters);
  return NULL;
}

int main(int argc, char **argv) {
  iters = 100 * (argc > 1 ? atoi(argv[1]) : 1);
  copy_file("./libtlsmod.so", "./tlsmod-1.so");
  copy_file("./libtlsmod.so", "./tlsmod-2.so");
  copy_file("./libtlsmod.so", "./tlsmod-keep.so");
  void *keep = dlopen("./tlsmod-keep.so", RTLD_NOW | RTLD_LOCAL);
  CHECK_MSG(keep != NULL, "%s", dlerror());
  keep_get = (long (*)(void))dlsym(keep, "tv_get");
  keep_set = (void (*)(long))dlsym(keep, "tv_set");
  CHECK(keep_get && keep_set);
  pthread_t t[4];
  for (long i = 0; i < 2; i++) CHECK_EQ_INT(pthread_create(&t[i], NULL, opener, (void *)(i + 1)), 0);
  for (long i = 2; i < 4; i++) CHECK_EQ_INT(pthread_create(&t[i], NULL, reader, (void *)(i + 1)), 0);
  for (int i = 0; i < 4; i++) CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
  CHECK_EQ_INT(keep_get(), 42);         /* main never wrote its own copy */
  CHECK_NULL(dlopen("./tlsmod-1.so", RTLD_NOW | RTLD_NOLOAD));
  CHECK_NULL(dlopen("./tlsmod-2.so", RTLD_NOW | RTLD_NOLOAD));
  printf("TLS values stayed per thread through concurrent dlopen/dlclose\n");
  return 0;
}
