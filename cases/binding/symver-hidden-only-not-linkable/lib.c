/* A compatibility-only symbol: api@VERS_1 exists, but there is no default api@@. */
__attribute__((symver("api@VERS_1"))) int api_compat(void) { return 1; }
