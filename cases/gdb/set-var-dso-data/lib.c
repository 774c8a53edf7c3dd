int lib_scale = 3;

int lib_scaled(int v)
{
  return v * lib_scale;
}
