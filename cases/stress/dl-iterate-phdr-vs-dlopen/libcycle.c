__thread int cycle_tls = 1;
int cycle_value(void) { return cycle_tls; }
