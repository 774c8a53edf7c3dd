/* compiled with TLS descriptors */
__thread int a_pub = 100;
static __thread int a_own = 1;

int a_step(void) { a_pub += 1; a_own += 1; return a_pub * 10 + a_own; }
