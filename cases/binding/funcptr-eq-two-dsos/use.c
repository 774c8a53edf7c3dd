typedef int fn_t(int);
int target(int);

fn_t *use_addr(void) { return target; }      /* taken in code, through the GOT */
fn_t *const use_ptr = target;                /* taken in data, by a dynamic relocation */
