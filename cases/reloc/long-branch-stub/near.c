/* near_fn sits in the DSO's ordinary .text; far_fn is 80 MiB away. */
int far_fn(int x) __attribute__((visibility("hidden")));

int near_fn(int x) { return far_fn(x) + 1; }
