extern int *const value_ptr;
int lib_get(void) { return *value_ptr; }
