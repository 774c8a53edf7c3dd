#include <dlfcn.h>
#include <stdio.h>

static __thread int state = 1;  /* dynamic TLS of a dlopen'd library: initial image value 1 */
int state_after_reopen = -1;

/* Separate, not inlined: every call computes the TLS address afresh. */
__attribute__((noinline)) int read_state(void) { return state; }

/* Called from libuser.so's constructor, possibly before this library's own constructor ran. */
void write_and_reopen(void) {
  state = 2;
  void *self = dlopen("libtlsdep.so", RTLD_NOW);  /* already loaded: must not re-initialize its TLS */
  if (self == NULL) {
    printf("dlopen: %s\n", dlerror());
    return;
  }
  state_after_reopen = read_state();
  dlclose(self);
}
