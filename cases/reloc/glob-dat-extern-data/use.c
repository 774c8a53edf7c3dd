/* `counter` lives in another DSO: its address must come from a GOT slot
 * filled at load time by a GLOB_DAT relocation. */
extern int counter;
int *use_addr(void) { return &counter; }
int use_read(void) { return counter; }
