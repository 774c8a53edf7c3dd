int lib_counter;

void lib_count(void)
{
  lib_counter++;
  lib_counter++;
  lib_counter++;
}
