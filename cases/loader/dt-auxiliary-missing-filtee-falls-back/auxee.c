int aux2_value(void) { return 3; }
