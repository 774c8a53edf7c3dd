__attribute__((visibility("protected"))) int counter = 5;

int *lib_counter_addr(void) { return &counter; }   /* the DSO's own, local view */
