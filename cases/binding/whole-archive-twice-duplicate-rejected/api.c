int core_answer(void);
int api_answer(void) { return core_answer(); }
