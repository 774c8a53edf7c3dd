int a_ready;
__attribute__((constructor)) static void a_ctor(void) { a_ready = 1; }
