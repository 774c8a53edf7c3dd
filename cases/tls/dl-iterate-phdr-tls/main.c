#define _GNU_SOURCE
#include <link.h>
#include <pthread.h>
#include <stddef.h>
#include "check.h"

int *marker_addr(void);

struct found { int exe_seen, lib_seen; void *lib_tls_data; size_t lib_tls_size; };

static int cb(struct dl_phdr_info *info, size_t size, void *data) {
  struct found *f = data;
  CHECK(size >= offsetof(struct dl_phdr_info, dlpi_tls_data) + sizeof(void *));
  const char *name = info->dlpi_name;
  size_t len = strlen(name), want = strlen("/libphdrtls.so");
  if (len == 0 && !f->exe_seen) {            /* the executable: it has no PT_TLS */
    f->exe_seen = 1;
    CHECK_EQ_INT(info->dlpi_tls_modid, 0);
  } else if (len >= want && strcmp(name + len - want, "/libphdrtls.so") == 0) {
    f->lib_seen = 1;
    CHECK_NE_INT(info->dlpi_tls_modid, 0);
    for (int i = 0; i < info->dlpi_phnum; i++)
      if (info->dlpi_phdr[i].p_type == PT_TLS) f->lib_tls_size = info->dlpi_phdr[i].p_memsz;
    f->lib_tls_data = info->dlpi_tls_data;
  }
  return 0;
}

static void *check_thread(void *arg) {
  struct found f = {0, 0, NULL, 0};
  CHECK_EQ_INT(dl_iterate_phdr(cb, &f), 0);
  CHECK(f.exe_seen && f.lib_seen);
  CHECK(f.lib_tls_size >= 2 * sizeof(int));
  CHECK_NOT_NULL(f.lib_tls_data);
  /* this thread's marker lies inside this thread's block of the module */
  char *m = (char *)marker_addr(), *block = f.lib_tls_data;
  CHECK_MSG(m >= block && m + sizeof(int) <= block + f.lib_tls_size,
            "marker %p not in [%p, +%zu)", (void *)m, (void *)block, f.lib_tls_size);
  if (arg) CHECK_NE_PTR(block, arg);       /* another thread, another block */
  return block;
}

int main(void) {
  pthread_t t;
  void *main_block = check_thread(NULL), *thread_block;
  CHECK_EQ_INT(pthread_create(&t, NULL, check_thread, main_block), 0);
  CHECK_EQ_INT(pthread_join(t, &thread_block), 0);
  CHECK_NE_PTR(thread_block, main_block);
  printf("ok\n");
  return 0;
}
