/* A const table of pointers needs relocations, so in a DSO it lives in
 * .data.rel.ro: writable only while the loader relocates, inside PT_GNU_RELRO. */
const char *const names[3] = {"alpha", "beta", "gamma"};
