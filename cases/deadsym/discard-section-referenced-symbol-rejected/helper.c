__attribute__((section(".discard_me"), noinline)) int helper(void) { return 42; }
