__attribute__((symver("api@VERS_1"))) int api_v1(void) { return 1; }
__attribute__((symver("api@@VERS_2"))) int api_v2(void) { return 2; }
