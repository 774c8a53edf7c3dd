int lib_add(int a, int b);

int lib_twice(int x)
{
  return lib_add(x, x);
}
