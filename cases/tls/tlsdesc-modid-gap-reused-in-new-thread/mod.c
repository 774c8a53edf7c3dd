#ifdef BIG
__thread int tls_block[256];  /* 1 KiB: more than the optional static TLS left, so dynamic TLS */
#else
__thread int tls_block[1];
#endif

int *tls_first(void) { return tls_block; }  /* TLS descriptor access */
