int unused_fn(void) { return 0; }
