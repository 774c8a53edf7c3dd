int dep_fn(void) { return 7; }
