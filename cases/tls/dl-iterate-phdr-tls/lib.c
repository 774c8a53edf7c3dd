__thread int pad = 1;
__thread int marker = 2;

int *marker_addr(void) { return &marker; }
