/* A record placed in its own section; nothing references it. */
__attribute__((used, section(".dsoconf.records")))
static const char record[] = "DSOCONF-RECORD";

int api(void) { return 1; }
