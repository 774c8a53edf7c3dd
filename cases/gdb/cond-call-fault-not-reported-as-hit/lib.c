int *lib_ptr;                   /* never set: lib_check faults when gdb calls it */

int lib_check(void)
{
  return *lib_ptr;
}

int lib_work(int v)
{
  return v + 1;
}
