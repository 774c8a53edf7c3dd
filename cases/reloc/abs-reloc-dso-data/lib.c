/* A pointer initialised with another module's address: the word itself gets a
 * symbolic absolute relocation (R_X86_64_64, R_AARCH64_ABS64, R_ARM_ABS32,
 * R_PPC64_ADDR64), not a GOT slot. */
extern int external_var;
int *p = &external_var;
