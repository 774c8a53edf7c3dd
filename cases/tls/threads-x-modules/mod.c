/* One source, built as 16 modules with MOD = 0..15. */
__thread int value = MOD * 100 + 1;   /* .tdata, different per module */
__thread int count;                   /* .tbss */

int mod_step(void) { count += 1; value += 1000; return value; }
int mod_count(void) { return count; }
