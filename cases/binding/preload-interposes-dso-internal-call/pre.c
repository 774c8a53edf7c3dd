int base(void) { return 21; }
