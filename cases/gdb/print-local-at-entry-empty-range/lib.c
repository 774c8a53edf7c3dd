void lib_sink(int a, int b);

/* At -O2 the loop is folded away and the function starts at the call; i's
   location list keeps only an empty range, at that first address, where it
   was still the constant 0. */
void lib_loop(void)
{
  int l_3 = 5, i = 0;
  for (; i < 8; i++)
    ;
  lib_sink(l_3, i);
}
