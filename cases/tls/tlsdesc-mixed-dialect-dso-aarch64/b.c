/* compiled with the traditional __tls_get_addr dialect */
__thread int b_pub = 200;
__thread int b_own = 5;

int b_step(void) { b_pub += 1; b_own += 1; return b_pub * 10 + b_own; }
