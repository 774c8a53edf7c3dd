static int bar(int n)
{
  int retval = n;
  retval += 1;
  retval *= -1;
  return retval;
}
