#ifdef COUNTER_IN_dso
int lib_counter;                /* defined here: unknown to gdb until the DSO is loaded */
#else
extern int lib_counter;         /* defined in the executable: known from the start */
#endif

void lib_bump(void)
{
  lib_counter++;
}
