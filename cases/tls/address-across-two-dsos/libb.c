extern __thread int shared_var;
int *b_addr(void) { return &shared_var; }
