/* A dependency (DT_NEEDED of libleak.so) loaded and unloaded with it. */
__thread int dep_tls = 5;
int dep_value(void) { return dep_tls++; }
