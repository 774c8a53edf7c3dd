static int lib_helper(int v)
{
  return v * 2;
}

int lib_add(int a, int b)
{
  return lib_helper(a) + b;
}

int lib_sub(int a, int b)
{
  return a - b;
}
