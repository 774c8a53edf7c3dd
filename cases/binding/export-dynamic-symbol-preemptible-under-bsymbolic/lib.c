/* Linked with -Bsymbolic --export-dynamic-symbol=hook: every definition binds locally
   except hook, which stays interposable. */
int hook(void) { return 1; }
int helper(void) { return 2; }
