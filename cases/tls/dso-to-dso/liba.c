__thread int a_var = 11;     /* defined here only */

int *a_addr(void) { return &a_var; }
