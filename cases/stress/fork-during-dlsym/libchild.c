/* Loaded only in the fork children. */
__thread int child_tls = 30;
int child_value(void) { return child_tls + 12; }
