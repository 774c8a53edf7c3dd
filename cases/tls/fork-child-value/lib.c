__thread int lib_var = 5;

int *lib_var_addr(void) { return &lib_var; }
