/* One of two definitions of helper; nothing references it, so --gc-sections
 * would drop both copies, but two strong definitions are still an error. */
int helper(void) { return 1; }
