/* Counts its own constructor and destructor runs in the executable. */
void rc_note(int ctor);
__attribute__((constructor)) static void rc_init(void) { rc_note(1); }
__attribute__((destructor)) static void rc_fini(void) { rc_note(0); }
int rc_value(void) { return 31; }
