__thread char first = 1;                        /* small, to misalign what follows */
_Alignas(64) __thread char line[3] = {4, 5, 6};
_Alignas(4096) __thread char page[5] = {7, 8, 9};
_Alignas(64) __thread char line_bss[64];        /* .tbss */

char *first_addr(void) { return &first; }
char *line_addr(void) { return line; }
char *page_addr(void) { return page; }
char *line_bss_addr(void) { return line_bss; }
