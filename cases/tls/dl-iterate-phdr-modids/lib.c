__thread int lib_marker = LIBNO;
int *marker_addr(void) { return &lib_marker; }
