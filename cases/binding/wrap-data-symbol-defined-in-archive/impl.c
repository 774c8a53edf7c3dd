#include "ops.h"

/* The original impl, in an archive member that nothing needs once --wrap=impl
 * sends every undefined reference to impl to __wrap_impl. */
static const char *original(void) { return "original"; }
struct ops impl = { .name = original };
