int nodbg_fn(int n)
{
  return n + 2;
}
