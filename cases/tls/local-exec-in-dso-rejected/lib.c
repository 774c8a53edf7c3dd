__thread int v = 1;
int get(void) { return v; }
