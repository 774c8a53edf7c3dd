/* Built without -fpic: pick is an IFUNC defined in the (non-PIE) executable. */
static int pick_impl(void) { return 9; }

/* used: clang (14) does not count the ifunc attribute as a use (-Wunused-function). */
__attribute__((used)) static int (*resolve_pick(void))(void) { return pick_impl; }

int pick(void) __attribute__((ifunc("resolve_pick")));
