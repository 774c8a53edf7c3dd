#include <stdio.h>
#include <stdlib.h>
char ctor_saw[128];
__attribute__((constructor)) static void env_ctor(void) {
  const char *v = getenv("INIT_GREETING");
  snprintf(ctor_saw, sizeof ctor_saw, "%s", v ? v : "(unset)");
}
