double lib_half(double v)
{
  double h = v / 2;
  return h;
}
