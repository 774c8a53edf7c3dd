/* One small DSO; the program copies it to N files and dlopens each copy. */
static int data;              /* private to each loaded copy */
int gen_data_init = 5;        /* .data: every fresh copy starts at 5 */

void gen_set(int v) { data = v; gen_data_init += 1; }
int gen_get(void) { return data; }
int gen_init_val(void) { return gen_data_init; }
