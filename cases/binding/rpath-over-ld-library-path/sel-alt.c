const char *sel(void) { return "from LD_LIBRARY_PATH"; }
