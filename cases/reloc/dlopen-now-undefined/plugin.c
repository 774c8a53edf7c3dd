/* missing_fn is defined nowhere; only unused_path() refers to it. */
int missing_fn(void);
int unused_path(void) { return missing_fn(); }
int plugin_value(void) { return 42; }
