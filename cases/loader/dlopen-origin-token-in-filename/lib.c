int origin_value(void) { return 6; }
