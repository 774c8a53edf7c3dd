#ifndef WHICH
#define WHICH "unset"
#endif
const char *which_file(void) { return WHICH; }
