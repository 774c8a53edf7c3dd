const char *leaf(void);
const char *mid(void) { return leaf(); }
