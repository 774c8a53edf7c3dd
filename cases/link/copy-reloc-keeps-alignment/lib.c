/* A 64-byte aligned array: the alignment is part of the object's contract. */
_Alignas(64) int aligned_table[8] = {1, 2, 3, 4, 5, 6, 7, 8};
int lib_sum(void) {
  int s = 0;
  for (int i = 0; i < 8; i++) s += aligned_table[i];
  return s;
}
