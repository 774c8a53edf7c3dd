/* missing_fn is defined nowhere. */
int missing_fn(void);
int call_missing(void) { return missing_fn(); }
