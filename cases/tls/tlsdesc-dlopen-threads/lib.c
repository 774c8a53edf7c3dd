__thread int base = 1000;        /* .tdata */
__thread int calls;              /* .tbss */
static __thread int local_calls; /* local: module-base descriptor */

int step(int id) { calls += 1; local_calls += 1; base += id; return base; }
int calls_of_thread(void) { return calls == local_calls ? calls : -1; }
