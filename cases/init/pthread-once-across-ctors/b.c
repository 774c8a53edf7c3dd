int runtime_start(void);
__attribute__((constructor)) static void b_ctor(void) { runtime_start(); }
