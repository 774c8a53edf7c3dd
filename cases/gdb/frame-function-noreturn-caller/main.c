void lib_fail(int code);

int main(void)
{
  lib_fail(2);
  return 0;
}
