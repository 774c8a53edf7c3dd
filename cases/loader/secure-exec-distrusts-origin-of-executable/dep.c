int dep_value(void) { return 7; }
