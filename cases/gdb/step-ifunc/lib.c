static int lib_add_impl(int a, int b)
{
  int sum = a + b;
  return sum;
}

/* used: clang (14) does not count the ifunc attribute as a use (-Wunused-function). */
__attribute__((used)) static int (*resolve_lib_add(void))(int, int)
{
  return lib_add_impl;
}

int lib_add(int a, int b) __attribute__((ifunc("resolve_lib_add")));
