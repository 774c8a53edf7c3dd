const char *which(void) { return "dep"; }
