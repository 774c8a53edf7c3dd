struct lib_point {
  int x;
  int y;
  const char *name;
};

struct lib_point lib_origin = { 1, 2, "origin" };

int lib_norm1(void)
{
  return lib_origin.x + lib_origin.y;
}
