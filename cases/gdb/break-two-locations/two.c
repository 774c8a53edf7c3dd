static int helper(int v)
{
  return v + 2;
}

int two(int v)
{
  return helper(v);
}
