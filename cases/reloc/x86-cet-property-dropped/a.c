int cet_b(int x);

int cet_a(int x) { return cet_b(x) + 1; }
