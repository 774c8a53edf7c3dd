int bottom_value(void) { return 17; }
