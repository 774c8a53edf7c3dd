/* 100 x scale copies of a DSO each register atexit handlers; dlclose of each copy (in a shuffled
 * order) must run exactly that copy's handlers, second before first, and nothing else. */
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>
#include "check.h"

static int log_copy[8], log_which[8], nlog;

void ae_note(int copy, int which) {
  CHECK(nlog < 8);
  log_copy[nlog] = copy;
  log_which[nlog++] = which;
}

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
  int n = 100 * (argc > 1 ? atoi(argv[1]) : 1);
  void **h = calloc(n, sizeof *h);
  CHECK_NOT_NULL(h);
  char name[32];
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "./ae-%d.so", i);
    copy_file("./libae.so", name);
    h[i] = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h[i] != NULL, "%s", dlerror());
    void (*start)(int) = (void (*)(int))dlsym(h[i], "ae_start");
    CHECK_NOT_NULL(start);
    start(i);
  }
  CHECK_EQ_INT(nlog, 0);
  for (int k = 0; k < n; k++) {
    int i = (int)((k * 37L + 11) % n);     /* a permutation when gcd(37, n) == 1 */
    if (n % 37 == 0) i = k;
    nlog = 0;
    CHECK_EQ_INT(dlclose(h[i]), 0);
    CHECK_EQ_INT(nlog, 2);
    CHECK_EQ_INT(log_copy[0], i);
    CHECK_EQ_INT(log_which[0], 2);
    CHECK_EQ_INT(log_copy[1], i);
    CHECK_EQ_INT(log_which[1], 1);
    h[i] = NULL;
  }
  for (int i = 0; i < n; i++) CHECK_NULL(h[i]);
  nlog = 0;
  printf("each dlclose ran exactly its own copy's atexit handlers, in reverse order\n");
  return 0;
}
