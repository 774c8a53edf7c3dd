/* Release 2 of libver.so: api@VERS_1 keeps the old contract (here: 11, to tell it
 * apart from release 1's 1), api@@VERS_2 is the new default. */
__attribute__((symver("api@VERS_1"))) int api_v1(void) { return 11; }
__attribute__((symver("api@@VERS_2"))) int api_v2(void) { return 2; }
