int absent_value(void) { return 23; }
