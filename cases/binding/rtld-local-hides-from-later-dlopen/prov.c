int prov_value(void) { return 99; }
