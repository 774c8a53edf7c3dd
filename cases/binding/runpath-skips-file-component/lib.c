int found_value(void) { return 42; }
