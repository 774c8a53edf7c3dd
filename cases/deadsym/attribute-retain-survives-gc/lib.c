/* `retain` (GCC >= 11, binutils >= 2.36) marks the section SHF_GNU_RETAIN,
 * which --gc-sections must keep even though nothing references it. */
static const char retained_note[] __attribute__((used, retain)) = "DSOCONF-RETAINED";
/* The same without retain, in the same object, as a witness that GC ran. */
static const char used_note[] __attribute__((used)) = "DSOCONF-NOT-RETAINED";

int api(void) { return 1; }
