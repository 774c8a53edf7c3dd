int ext_add(int x) { return x + 1; }
