/* The ifunc resolver reads `mode` through mode_ptr, a pointer that itself needs a
   RELATIVE relocation in this DSO. The loader must apply the RELATIVE relocations
   before it runs any IRELATIVE resolver of the same object (glibc does IRELATIVE last). */
static int mode = 2;
static int *volatile mode_ptr = &mode;   /* RELATIVE: unrelocated it is a link-time offset */

static int impl_one(void) { return 1; }
static int impl_two(void) { return 2; }

/* used: clang (14) does not count the ifunc attribute as a use (-Wunused-function). */
__attribute__((used)) static int (*resolve_pick(void))(void) {
  return *mode_ptr == 2 ? impl_two : impl_one;
}

/* Hidden: the call in lib_pick binds inside this DSO, through an IRELATIVE slot. */
__attribute__((visibility("hidden"))) int pick(void) __attribute__((ifunc("resolve_pick")));

/* Not a tail call on purpose (see the arm note in case.toml). */
int lib_pick(void) { return pick() * 10; }
