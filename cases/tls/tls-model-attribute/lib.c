__attribute__((tls_model("global-dynamic"))) __thread int gd = 1;
__attribute__((tls_model("local-dynamic"))) static __thread int ld = 2;
__attribute__((tls_model("initial-exec"))) static __thread int ie = 3;

int *gd_addr(void) { return &gd; }
void lib_bump(void) { gd += 1; ld += 2; ie += 3; }
int ld_value(void) { return ld; }
int ie_value(void) { return ie; }
