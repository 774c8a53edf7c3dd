int get_value(void) { return 1; }
