#include <stdio.h>
/* What a C++ compiler emits for a static object with a destructor. */
extern void *__dso_handle;
int __cxa_atexit(void (*fn)(void *), void *arg, void *dso);
static int objects[2] = {1, 2};
static void destroy(void *arg) { printf("destroy object %d\n", *(int *)arg); }
int lib_construct(void) {
  for (int i = 0; i < 2; i++)
    if (__cxa_atexit(destroy, &objects[i], &__dso_handle) != 0) return -1;
  return 2;
}
