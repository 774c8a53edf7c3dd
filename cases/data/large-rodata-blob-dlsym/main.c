#include <dlfcn.h>
#include <stdint.h>
#include "check.h"

int main(void) {
  void *h = dlopen("./libblob.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  const uint32_t *blob = (const uint32_t *)dlsym(h, "blob");
  const uint32_t *(*ptr)(void) = (const uint32_t *(*)(void))dlsym(h, "blob_ptr");
  CHECK_NOT_NULL(blob);
  CHECK_NOT_NULL(ptr);
  CHECK_EQ_PTR(blob, ptr());          /* dlsym finds the object the DSO's code uses */
  /* Read the data symbol directly: entry i = i * 2654435761 mod 2^32. */
  for (uint32_t i = 0; i < 102400; i += 4099) CHECK_EQ_UINT(blob[i], i * 2654435761u);
  printf("blob[0]=%08x blob[102399]=%08x\n", (unsigned)blob[0], (unsigned)blob[102399]);
  CHECK_EQ_INT(dlclose(h), 0);
  return 0;
}
