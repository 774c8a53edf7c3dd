/* Archive member linked into libapi.so: an implementation detail. */
int helper_fn(int x) { return x * 3; }
