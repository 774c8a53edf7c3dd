/* A library that nothing links or loads. */
int junk_counter;

int junk_next(void) { return ++junk_counter; }

int junk_twice(int x) { return 2 * x + junk_next() - junk_counter; }
