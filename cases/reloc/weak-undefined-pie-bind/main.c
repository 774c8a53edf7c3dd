#include "check.h"

/* Defined nowhere. In a PIE, the GOT slots for these get GLOB_DAT/JUMP_SLOT-style
   relocations against an undefined weak symbol, which the loader must set to 0 both
   when binding everything at start-up (-z now) and when binding lazily. */
extern int dsoconf_pie_weak_data __attribute__((weak));
void dsoconf_pie_weak_func(void) __attribute__((weak));

int main(void) {
  CHECK_NULL(&dsoconf_pie_weak_data);
  CHECK(dsoconf_pie_weak_func == NULL);
  if (dsoconf_pie_weak_func) dsoconf_pie_weak_func();   /* guarded call: never taken */
  void (*volatile fp)(void) = dsoconf_pie_weak_func;     /* address taken via the GOT */
  CHECK(fp == NULL);
  puts("all null");
  return 0;
}
