/* Linked with --defsym=alias_sym=missing_target: nothing defines
 * missing_target, so the expression cannot be evaluated and the link must
 * fail with a diagnostic naming it. */
int main(void) { return 0; }
