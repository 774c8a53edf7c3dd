/* api is exported only as the non-default (hidden) version api@VER_1: the
 * .symver directive gives the definition that name, and the version script
 * puts api into node VER_1. */
int api(void) { return 1; }
__asm__(".symver api, api@VER_1");

int other(void) { return 2; }
