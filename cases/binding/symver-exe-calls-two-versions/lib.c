/* as(1) .symver: the portable spelling (clang 14 has no symver attribute). */
int api_v1(void) { return 1; }
int api_v2(void) { return 2; }
__asm__(".symver api_v1, api@VER_1");
__asm__(".symver api_v2, api@@VER_2");
