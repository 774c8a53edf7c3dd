int runtime_start(void);
__attribute__((constructor)) static void a_ctor(void) { runtime_start(); }
