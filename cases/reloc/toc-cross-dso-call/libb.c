/* get_b reads static data: on ppc64le it needs its own TOC pointer (r2), so its
   global entry point computes r2 from r12 and its local entry point is 8 bytes in. */
static int b_table[4] = {10, 20, 30, 40};
static int b_calls;

int get_b(int i) {
  b_calls++;
  return b_table[i & 3] + b_calls;
}
