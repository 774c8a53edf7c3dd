const char *who(void) { return "plugin"; }
