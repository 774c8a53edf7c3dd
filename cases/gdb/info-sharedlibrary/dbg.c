int dbg_fn(int n)
{
  return n + 1;
}
