int a_linked(void) { return 1; }
