/* Everything here has default visibility; the version script decides. */
int internal_state = 4;
int internal_step(int x) { return x + internal_state; }

int api_open(void) { return internal_step(10); }
int api_close(void) { return internal_step(-4); }
