int helper_fn(int);
int api_fn(int x) { return helper_fn(x) + 1; }
