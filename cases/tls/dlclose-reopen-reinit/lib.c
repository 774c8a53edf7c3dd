__thread int counter = 40;   /* .tdata */
__thread int scratch;        /* .tbss */

int *counter_addr(void) { return &counter; }
int *scratch_addr(void) { return &scratch; }
