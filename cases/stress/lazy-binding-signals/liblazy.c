/* 256 functions f_00..f_ff for the main thread, 64 g_00..g_3f for the signal handler. */
#include "hexnames.h"
#define F(h) int f_##h(int x) { return x * 3 + 0x##h; }
#define G(h) int g_##h(int x) { return x * 5 + 0x##h; }
HEX256(F)
HEX64(G)
