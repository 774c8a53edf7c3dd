unsigned __int128 lib_make128(unsigned long hi, unsigned long lo)
{
  unsigned __int128 v = ((unsigned __int128)hi << 64) | lo;
  return v;
}
