/* Built with -mcmodel=tiny -fPIC: the address of the preemptible `counter`
   is loaded from its GOT slot by one `ldr xN, :got:counter`
   (R_AARCH64_GOT_LD_PREL19) instead of adrp + ldr. */
int counter = 40;

int *counter_addr(void) { return &counter; }

int bump_counter(void) { return ++counter; }
