const char *sel(void) { return "beside the executable"; }
