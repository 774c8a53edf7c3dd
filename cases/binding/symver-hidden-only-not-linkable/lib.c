/* A compatibility-only symbol: api@VERS_1 exists, but there is no default api@@. */
int api_compat(void) { return 1; }
/* as(1) .symver: the portable spelling (clang 14 has no symver attribute). */
__asm__(".symver api_compat, api@VERS_1");
