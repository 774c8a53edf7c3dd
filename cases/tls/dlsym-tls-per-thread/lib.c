__thread int tls_sym = 77;
int *tls_sym_addr(void) { return &tls_sym; }
