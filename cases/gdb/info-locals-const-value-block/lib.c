int lib_scale(int v)
{
  double k = 2.5;               /* optimized to a constant: DW_AT_const_value */
  int n = 3;                    /* likewise */
  int r = (int)(v * k) + n;
  return r;
}
