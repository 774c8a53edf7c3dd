extern int shared_value;
int reader_get(void) { return shared_value; }
int *reader_addr(void) { return &shared_value; }
