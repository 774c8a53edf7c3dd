extern int shared_value;
void writer_set(int v) { shared_value = v; }
int *writer_addr(void) { return &shared_value; }
