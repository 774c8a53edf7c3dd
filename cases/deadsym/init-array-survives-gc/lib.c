/* Nothing references these functions or the .init_array entry; only the
 * loader reads .init_array. The default linker script wraps .init_array in
 * KEEP, so --gc-sections must keep them. */
static int ctor_attr_ran, init_array_ran;

__attribute__((constructor)) static void ctor_attr(void) { ctor_attr_ran = 1; }

static void by_hand(void) { init_array_ran = 1; }
__attribute__((used, section(".init_array"))) static void (*by_hand_entry)(void) = by_hand;

int lib_ctor_attr_ran(void) { return ctor_attr_ran; }
int lib_init_array_ran(void) { return init_array_ran; }
