int plug_mul(int a, int b)
{
  int p = a * b;
  return p;
}
