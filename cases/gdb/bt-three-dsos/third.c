int third(int n)
{
  return n * 3;
}
