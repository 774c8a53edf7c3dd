#include <stdio.h>

/* glibc's hook behind C++ thread_local destructors. */
int __cxa_thread_atexit_impl(void (*fn)(void *), void *obj, void *dso_symbol);
extern void *__dso_handle;

__thread int slot = 5;
static char log_line[64];

static void dtor(void *arg) {
  /* runs at thread exit, in the exiting thread: its own TLS is still there */
  snprintf(log_line, sizeof log_line, "dtor: arg=%d slot=%d", *(int *)arg, slot);
}

void register_dtor(int *arg) {
  slot += 10;
  __cxa_thread_atexit_impl(dtor, arg, &__dso_handle);
}

const char *dtor_log(void) { return log_line; }
