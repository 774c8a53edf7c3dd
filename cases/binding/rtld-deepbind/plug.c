const char *which(void);
const char *plug_which(void) { return which(); }
