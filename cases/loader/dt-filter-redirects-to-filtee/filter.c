int filtered_value(void) { return 1; }   /* the filter's stand-in */
