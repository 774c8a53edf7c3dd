typedef int fn_t(int);

int lib_func(int x) { return x + 1; }

/* Two ways the DSO takes the address: in code (via its GOT) and in data. */
fn_t *lib_func_addr(void) { return lib_func; }
fn_t *const lib_func_ptr = lib_func;
