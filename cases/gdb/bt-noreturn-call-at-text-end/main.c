void lib_fail(void);

int main(void)
{
  lib_fail();
  return 0;
}
