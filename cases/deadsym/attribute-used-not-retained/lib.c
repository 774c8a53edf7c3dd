/* `used` makes the COMPILER emit an otherwise unreferenced static object; it
 * says nothing to the linker, so --gc-sections may still discard its section. */
static const char used_note[] __attribute__((used)) = "DSOCONF-USED-ONLY";

int api(void) { return 1; }
