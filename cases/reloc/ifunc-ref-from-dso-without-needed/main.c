#include "check.h"

extern void *memcpy_ptr, *memset_ptr, *strlen_ptr;

int main(void) {
  /* Every reference to a function yields the same address (ISO C 6.5.9), here the
     implementation the IFUNC resolver selected. */
  CHECK_EQ_PTR(memcpy_ptr, (void *)memcpy);
  CHECK_EQ_PTR(memset_ptr, (void *)memset);
  CHECK_EQ_PTR(strlen_ptr, (void *)strlen);
  char buf[8];
  ((void *(*)(void *, const void *, size_t))memcpy_ptr)(buf, "dso", 4);
  printf("%s %zu\n", buf, ((size_t (*)(const char *))strlen_ptr)(buf));
  return 0;
}
