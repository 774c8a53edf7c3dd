extern __thread int shared_var;
int *c_addr(void) { return &shared_var; }
