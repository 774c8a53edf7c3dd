/* Built with -ffunction-sections -fdata-sections and linked with --gc-sections.
 * Each object has its own section; the marker strings let the test see which
 * sections reached the output file. */
#define HIDDEN __attribute__((visibility("hidden")))

/* Exported, never referenced inside the library: a GC root because it is
 * in the dynamic symbol table, so it and what it uses are kept. */
HIDDEN const char live_note[] = "DSOCONF-LIVE-NOTE";
const char exported_table[] = "DSOCONF-EXPORTED-TABLE";
int api_char(int i) { return live_note[i]; }   /* a run-time read of live_note */

/* Hidden and referenced by nothing: removed, and with it what only it uses. */
HIDDEN const char dead_note[] = "DSOCONF-DEAD-NOTE";
HIDDEN const char dead_fn_note[] = "DSOCONF-DEAD-FN-NOTE";
HIDDEN int dead_fn(void) { return dead_fn_note[3]; }
