char lib_a = 'a';

char *lib_loc(void)
{
  return &lib_a;
}
