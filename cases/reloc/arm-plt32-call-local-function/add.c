/* Defined in the executable itself: the PLT32 call resolves to it directly. */
int add_one(int x) { return x + 1; }
