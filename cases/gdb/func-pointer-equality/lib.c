int lib_add(int a, int b)
{
  return a + b;
}

int (*lib_add_ptr)(int, int) = lib_add;
