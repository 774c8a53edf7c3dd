int lib_count;

#ifdef BAR_inline
static inline __attribute__((always_inline)) void lib_bar(void)
#else
static __attribute__((noinline)) void lib_bar(void)
#endif
{
  lib_count++;
}

void lib_foo(void)
{
  lib_bar();
  lib_count += 10;
}
