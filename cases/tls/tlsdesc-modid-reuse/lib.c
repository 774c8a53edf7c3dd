/* Built three times: liba (INIT 111), libb (INIT 222), libc3 (INIT 333). */
__thread int var = INIT;
static __thread int pad[4];

int get(void) { return var + pad[0]; }
void set(int v) { var = v; pad[0] = 0; }
