int third(int n);

int second(int n)
{
  return third(n + 1) + 2;
}
