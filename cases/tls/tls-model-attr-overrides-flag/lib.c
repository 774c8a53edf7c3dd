__thread int ie_var = 1;                                                   /* -ftls-model applies */
__thread int gd_var __attribute__((tls_model("global-dynamic"))) = 2;      /* the attribute wins */

int get(void) { ie_var += 10; gd_var += 20; return ie_var + gd_var; }
