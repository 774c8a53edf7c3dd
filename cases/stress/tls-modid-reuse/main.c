/* 50 rounds x scale: dlopen 20 copies of a TLS DSO, check their TLS module ids are distinct and
 * their TLS fresh, then dlclose them all. Module ids freed by dlclose must be reused: the largest
 * id ever seen stays below (ids in use at start) + 20 + a small slack, not 20 x rounds. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>
#include "check.h"

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

int main(int argc, char **argv) {
  int rounds = 50 * (argc > 1 ? atoi(argv[1]) : 1);
  char name[32];
  for (int i = 0; i < 20; i++) {
    snprintf(name, sizeof name, "./mid-%d.so", i);
    copy_file("./libmid.so", name);
  }
  size_t max_id = 0;
  for (int r = 0; r < rounds; r++) {
    void *h[20];
    size_t ids[20];
    for (int i = 0; i < 20; i++) {
      snprintf(name, sizeof name, "./mid-%d.so", i);
      h[i] = dlopen(name, RTLD_NOW | RTLD_LOCAL);
      CHECK_MSG(h[i] != NULL, "%s", dlerror());
      CHECK_EQ_INT(dlinfo(h[i], RTLD_DI_TLS_MODID, &ids[i]), 0);
      CHECK(ids[i] > 0);
      for (int j = 0; j < i; j++) CHECK_NE_INT(ids[i], ids[j]);
      if (ids[i] > max_id) max_id = ids[i];
      int (*get)(void) = (int (*)(void))dlsym(h[i], "mid_get");
      CHECK_NOT_NULL(get);
      CHECK_EQ_INT(get(), 8);          /* a reused id must not expose the old block */
      CHECK_EQ_INT(get(), 9);
    }
    for (int i = 0; i < 20; i++) CHECK_EQ_INT(dlclose(h[i]), 0);
  }
  /* The executable and libc use at most a few ids at startup. */
  CHECK_MSG(max_id <= 4 + 20, "largest TLS module id %zu after %d rounds", max_id, rounds);
  printf("TLS module ids reused after dlclose; reused blocks start fresh\n");
  return 0;
}
