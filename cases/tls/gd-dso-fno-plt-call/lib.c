/* Built with -fno-plt: on ppc64le gcc then calls __tls_get_addr through an
 * inline PLT sequence (R_PPC64_PLTSEQ/PLTCALL marker relocations) instead of
 * a "bl __tls_get_addr" to a linker stub. */
__thread int counter = 7;
__thread int other = 8;

int *lib_counter_addr(void) { return &counter; }
int lib_sum(void) { return counter + other; }
