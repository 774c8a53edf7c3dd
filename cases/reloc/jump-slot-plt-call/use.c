/* A call to a function in another DSO: through a PLT entry whose GOT slot
 * carries a JUMP_SLOT relocation (lazily bound by default). */
int bump(int by);
int use_bump_twice(void) { bump(1); return bump(2); }
