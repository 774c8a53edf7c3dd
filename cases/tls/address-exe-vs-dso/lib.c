__thread int tls_obj = 1;
__thread char tls_buf[16];

int *lib_obj_addr(void) { return &tls_obj; }
char *lib_buf_addr(void) { return tls_buf; }
