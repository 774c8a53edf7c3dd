/* Pointers to the DSO's own data: each slot needs the load base added. With
   -z pack-relative-relocs the linker encodes them in DT_RELR instead of RELATIVE. */
static const char s0[] = "alpha", s1[] = "beta", s2[] = "gamma";
const char *const names[] = {s0, s1, s2};
static int answer = 42;
int *const answer_ptr = &answer;

const char *lib_name(unsigned i) { return names[i]; }
int lib_answer(void) { return *answer_ptr; }
