extern int prefer_fast;

static int slow_add2(int x) { return x + 1 + 1; }
static int fast_add2(int x) { return x + 2; }

/* Runs at relocation time and reads a variable of another translation unit.
   (External: clang warns that a static resolver is unused.) */
int (*resolve_add2(void))(int) { return prefer_fast ? fast_add2 : slow_add2; }

int add2(int) __attribute__((ifunc("resolve_add2")));
