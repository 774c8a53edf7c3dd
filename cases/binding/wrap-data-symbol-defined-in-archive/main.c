#include "check.h"
#include "ops.h"

static const char *wrapped(void) { return "wrapped"; }

/* With -Wl,--wrap=impl the reference below binds here, not to the archive's impl. */
struct ops __wrap_impl = { .name = wrapped };

int main(void) {
  printf("%s\n", impl.name());
  return 0;
}
