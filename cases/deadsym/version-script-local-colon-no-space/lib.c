/* All default visibility: only the version script decides what is exported. */
int internal_bias = 5;
int internal_add(int x) { return x + internal_bias; }

int api_value(void) { return internal_add(37); }
