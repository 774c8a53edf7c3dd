const char *pick(void) { return "archive"; }
