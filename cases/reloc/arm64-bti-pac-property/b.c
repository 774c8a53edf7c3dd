int bti_b(int x) { return x * 2; }
