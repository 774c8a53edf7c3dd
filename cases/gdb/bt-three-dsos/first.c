int second(int n);

int first(int n)
{
  return second(n + 1) + 1;
}
