#define _GNU_SOURCE
#include <dlfcn.h>
#include "check.h"

int api_entry(void);

int main(void) {
  CHECK_EQ_INT(api_entry(), 2);
  /* internal_helper was made local by the version script: not exported. */
  CHECK_NULL(dlsym(RTLD_DEFAULT, "internal_helper"));
  CHECK_NOT_NULL(dlsym(RTLD_DEFAULT, "api_entry"));
  return 0;
}
