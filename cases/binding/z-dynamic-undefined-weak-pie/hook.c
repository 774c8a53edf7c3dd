/* Not linked to main: supplied only at run time, with LD_PRELOAD. */
int hook(void) { return 7; }
