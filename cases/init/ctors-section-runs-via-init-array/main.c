/* Function pointers placed in the legacy .ctors/.dtors sections (as old
 * compilers and hand-written assembly do). GCC 12's crtbegin.o no longer walks
 * .ctors, so they run only if the linker merges .ctors into .init_array and
 * .dtors into .fini_array, as GNU ld's default linker script does. */
#include "check.h"

static int ctor_runs;

static void legacy_ctor(void) { ctor_runs++; }
static void legacy_dtor(void) { printf("legacy dtor\n"); }

__attribute__((used, aligned(sizeof(void *)), section(".ctors")))
static void (*ctor_entry)(void) = legacy_ctor;

__attribute__((used, aligned(sizeof(void *)), section(".dtors")))
static void (*dtor_entry)(void) = legacy_dtor;

int main(void) {
  CHECK_EQ_INT(ctor_runs, 1);
  printf("main\n");
  return 0;
}
