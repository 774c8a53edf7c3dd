__thread int lib_var = 3;
int *var_addr(void) { return &lib_var; }
