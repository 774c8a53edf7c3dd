static int helper(int v)
{
  return v + 1;
}

int one(int v)
{
  return helper(v);
}
