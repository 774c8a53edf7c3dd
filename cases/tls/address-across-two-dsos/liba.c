__thread int shared_var = 1;                 /* the definition */
int *a_addr(void) { return &shared_var; }
