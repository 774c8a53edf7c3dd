int core_answer(void) { return 42; }
