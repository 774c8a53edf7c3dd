extern __thread int a_var;   /* defined in liba.so */

int *b_addr(void) { return &a_var; }
int b_bump(int by) { return a_var += by; }
