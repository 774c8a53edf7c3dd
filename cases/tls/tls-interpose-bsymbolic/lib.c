__thread int dup_var = 1;                  /* also defined by the executable */
int lib_read(void) { return dup_var; }
int *lib_addr(void) { return &dup_var; }
