/* Exported, initialised data. With a COPY relocation the executable owns the
 * only live copy; the DSO must reach it through its GOT, not its own .data. */
int table[4] = {1, 2, 3, 4};

int lib_sum(void) {
  int s = 0;
  for (int i = 0; i < 4; i++) s += table[i];
  return s;
}

int *lib_table(void) { return table; }
