__thread long tdata = 100;   /* .tdata: every thread starts from 100 */
__thread long tbss;          /* .tbss: every thread starts from 0 */

long *tdata_addr(void) { return &tdata; }
long *tbss_addr(void) { return &tbss; }
