int lib_ready;

__attribute__((constructor)) static void lib_ctor(void)
{
  lib_ready = 42;
}
