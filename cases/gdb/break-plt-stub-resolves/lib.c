int lib_add(int a, int b)
{
  int sum = a + b;
  return sum;
}
