/* Copied 32 times at run time; each copy is its own TLS module. */
__thread long slot = 11;        /* .tdata */
__thread long zeroed;           /* .tbss */

long *slot_addr(void) { return &slot; }
long *zeroed_addr(void) { return &zeroed; }
