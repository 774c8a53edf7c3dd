/* scale exists in one version only, VER_2, as the default: scale@@VER_2. */
int scale_v2(int x) { return 3 * x; }
__asm__(".symver scale_v2, scale@@VER_2");
