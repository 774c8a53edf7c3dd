/* One byte of initial-exec TLS: the smallest static TLS request a module can make. */
__thread char flag = 'a';

int bump(void) { flag += 1; return flag; }
