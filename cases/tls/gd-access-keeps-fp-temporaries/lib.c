/* 16 KiB of initialised TLS: in a dlopen'd DSO the block is allocated and
   copied from the .tdata image on a thread's first access, inside
   __tls_get_addr (malloc, memcpy), which may use any call-clobbered register. */
__thread char tls_image[16384] = { 1 };
__thread double tls_val;

/* x * y + 1.5: a compiler may load 1.5 (and keep x, y) in floating-point
   registers before the __tls_get_addr call, but only in call-saved ones. */
void store(double x, double y) { tls_val = x * y + 1.5; }
double load(void) { return tls_val; }
