/* Nothing inside the library calls exported_unused: only its export keeps it. */
int exported_unused(void) { return 42; }
int exported_entry(void) { return 1; }
