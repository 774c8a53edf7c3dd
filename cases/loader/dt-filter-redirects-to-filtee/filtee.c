int filtered_value(void) { return 2; }   /* the real implementation */
