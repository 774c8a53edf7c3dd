int internal_helper(void) { return 1; }
int api_entry(void) { return internal_helper() + 1; }
