/* compiled with the traditional __tls_get_addr dialect */
extern __thread int b_pub;             /* libshared.so: GD -> IE (x86-64) */
__thread int b_own = 5;                /* executable's own: GD -> LE */

int b_step(void) { b_pub += 1; b_own += 1; return b_pub * 10 + b_own; }
