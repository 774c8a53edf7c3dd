#include <stdio.h>

#ifdef COUNTER_IN_exe
int lib_counter;
#endif

void lib_bump(void);

int main(void)
{
  for (int i = 0; i < 3; i++)
    {
      lib_bump();
      printf("i=%d\n", i);
    }
  return 0;
}
