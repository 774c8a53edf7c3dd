/* Loaded once at startup of the test; a second thread looks its symbols up in a loop. */
__thread int syms_tls = 4;
int syms_a(void) { return 1; }
int syms_b(void) { return 2 + syms_tls; }
