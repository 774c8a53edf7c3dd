int inner_value(void) { return 7; }
