int held_value(void) { return 17; }
