int aux_value(void) { return 1; }
