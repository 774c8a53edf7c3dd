int api_plain(void) { return 1; }
int api_special(void) { return 2; }
