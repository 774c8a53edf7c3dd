/* Load 500 x scale distinct copies of one DSO with RTLD_LOCAL; each copy must keep its own data. */
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
  int scale = argc > 1 ? atoi(argv[1]) : 1;
  int n = 500 * scale;
  void **h = calloc(n, sizeof *h);
  CHECK_NOT_NULL(h);
  char name[64];
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "./gen-%d.so", i);
    copy_file("./libgen.so", name);
    h[i] = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h[i] != NULL, "%s", dlerror());
    void (*set)(int) = (void (*)(int))dlsym(h[i], "gen_set");
    int (*init)(void) = (int (*)(void))dlsym(h[i], "gen_init_val");
    CHECK(set && init);
    CHECK_EQ_INT(init(), 5);          /* a fresh object, not an earlier copy */
    set(i * 7 + 1);
    unlink(name);                     /* the mapping stays valid */
  }
  /* Second pass: nothing written through one copy may show in another. */
  for (int i = 0; i < n; i++) {
    int (*get)(void) = (int (*)(void))dlsym(h[i], "gen_get");
    int (*init)(void) = (int (*)(void))dlsym(h[i], "gen_init_val");
    CHECK(get && init);
    CHECK_EQ_INT(get(), i * 7 + 1);
    CHECK_EQ_INT(init(), 6);
  }
  for (int i = n - 1; i >= 0; i--) CHECK_EQ_INT(dlclose(h[i]), 0);
  printf("500 x scale copies loaded, each with its own data\n");
  return 0;
}
