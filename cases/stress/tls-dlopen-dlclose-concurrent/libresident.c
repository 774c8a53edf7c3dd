/* Linked at startup: its TLS block is static, but readers reach it through its GOT. */
__thread long rv = 7;

long rv_get(void) { return rv; }
void rv_set(long v) { rv = v; }
