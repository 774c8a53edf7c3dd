/* Release 1 of libver.so: api exists only as api@@VERS_1. */
int api(void) { return 1; }
