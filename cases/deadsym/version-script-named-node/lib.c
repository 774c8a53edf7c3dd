int internal_twice(int x) { return 2 * x; }

int dsoconf_api_a(int x) { return internal_twice(x); }
int dsoconf_api_b(int x) { return internal_twice(x) + 1; }
int dsoconf_other(void) { return 0; }   /* does not match the pattern */
