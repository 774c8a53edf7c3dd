int cet_b(int x) { return x * 2; }
