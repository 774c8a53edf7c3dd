int bti_b(int x);

int bti_a(int x) { return bti_b(x) + 1; }
