int plat_value(void) { return 11; }
