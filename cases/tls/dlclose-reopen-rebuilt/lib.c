/* Built twice: version 1 and version 2 differ in their TLS image and layout. */
#if VERSION == 1
__thread int value = 111;
int version(void) { value += 1; return value; }
#else
__thread char pad[64] = {1};     /* a different layout: value moves */
__thread int value = 222;
int version(void) { value += pad[0]; return value; }
#endif
