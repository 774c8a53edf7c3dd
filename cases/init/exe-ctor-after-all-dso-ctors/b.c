int b_ready;
__attribute__((constructor)) static void b_ctor(void) { b_ready = 1; }
