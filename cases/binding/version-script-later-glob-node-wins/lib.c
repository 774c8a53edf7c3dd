int api_base(void) { return 1; }
int api_extra_v2(void) { return 2; }
