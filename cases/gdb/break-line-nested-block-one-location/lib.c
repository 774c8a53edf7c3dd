int lib_seen;

#ifdef BODY_nested
#define BODY { int var = 5; lib_seen = var; }   /* an inner block on the function's line */
#else
#define BODY int var = 5; lib_seen = var;
#endif

void lib_one_liner(void) { BODY }
