const char *used(void) { return "used"; }
