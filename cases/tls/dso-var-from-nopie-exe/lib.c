__thread int shared_counter = 5;

int *lib_counter_addr(void) { return &shared_counter; }
