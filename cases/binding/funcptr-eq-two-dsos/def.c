typedef int fn_t(int);

int target(int x) { return 2 * x; }

fn_t *def_addr(void) { return target; }      /* the definer's own view */
