int no_tls_here(void) { return 4; }
