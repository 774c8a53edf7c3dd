#include <stdio.h>
#include <stdlib.h>
__attribute__((constructor)) static void env_ctor(void) {
  const char *v = getenv("PLUG_MODE");
  printf("plug ctor: PLUG_MODE=%s\n", v ? v : "(unset)");
}
