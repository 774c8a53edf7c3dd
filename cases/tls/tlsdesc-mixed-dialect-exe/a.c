/* compiled with TLS descriptors */
extern __thread int a_pub;             /* libshared.so: descriptor -> IE */
static __thread int a_own = 1;         /* executable's own: descriptor -> LE */

int a_step(void) { a_pub += 1; a_own += 1; return a_pub * 10 + a_own; }
