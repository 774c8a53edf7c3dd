__thread char before = 'x';
_Alignas(ALIGN) __thread char tdata_blk[8] = {42};   /* .tdata */
__thread short between = 1;
_Alignas(ALIGN) __thread char tbss_blk[8];           /* .tbss */

char *tdata_addr(void) { return tdata_blk; }
char *tbss_addr(void) { return tbss_blk; }
int others_ok(void) { return before == 'x' && between == 1; }
