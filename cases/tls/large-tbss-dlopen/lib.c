#define BIG (1 << 20)
__thread unsigned char big[BIG];   /* 1 MiB of .tbss */
__thread int after = 3;            /* .tdata next to it */

/* Sums the block, then writes a marker: a second call in the same thread sees it. */
long big_sum_then_mark(int mark) {
  long sum = 0;
  for (int i = 0; i < BIG; i++) sum += big[i];
  big[0] = (unsigned char)mark;
  big[BIG - 1] = (unsigned char)mark;
  return sum;
}
int after_value(void) { return after; }
