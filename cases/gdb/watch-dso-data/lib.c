int lib_counter;

void lib_bump(void)
{
  lib_counter += 5;
}
