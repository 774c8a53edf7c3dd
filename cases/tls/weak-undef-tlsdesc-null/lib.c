/* Declared weak, defined nowhere. */
extern __thread int maybe __attribute__((weak));

int have_maybe(void) { return &maybe != 0; }
