/* missing_helper is defined nowhere: not in this object, not in any library
 * on the link line. */
int missing_helper(void);
int lib_entry(void) { return missing_helper() + 1; }
