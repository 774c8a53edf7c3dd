int base_fn(int x);    /* from libbase.so; libextra.so is linked but not used */
int mid_fn(int x) { return base_fn(x) + 1; }
