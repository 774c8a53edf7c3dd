#include "check.h"

extern int dsoconf_weak_data __attribute__((weak));
void dsoconf_weak_func(void) __attribute__((weak));
void *lib_weak_data(void);
void *lib_weak_func(void);

int main(void) {
  CHECK_NULL(&dsoconf_weak_data);                 /* in the executable */
  CHECK(dsoconf_weak_func == NULL);
  if (dsoconf_weak_func) dsoconf_weak_func();     /* the usual guarded call */
  CHECK_NULL(lib_weak_data());                    /* in the DSO */
  CHECK_NULL(lib_weak_func());
  puts("all null");
  return 0;
}
