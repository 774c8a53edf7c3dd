int lib_answer(void) { return 42; }
int lib_helper(void) { return 1; }
