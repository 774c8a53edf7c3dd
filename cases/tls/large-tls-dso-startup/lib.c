#define TDATA_SIZE (64 * 1024)
#define TBSS_SIZE (1024 * 1024)

__thread char big_tdata[TDATA_SIZE] = {[0] = 11, [TDATA_SIZE - 1] = 22};   /* .tdata */
__thread char big_tbss[TBSS_SIZE];                                         /* .tbss */

char *tdata_addr(void) { return big_tdata; }
char *tbss_addr(void) { return big_tbss; }
