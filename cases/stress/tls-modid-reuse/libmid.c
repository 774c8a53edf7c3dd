__thread int mid_tls = 8;
int mid_get(void) { return mid_tls++; }
