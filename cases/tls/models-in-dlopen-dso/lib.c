__thread int lib_tdata = 42;
__thread int lib_tbss;
static __thread int hidden = 7;   /* local: an LD sequence under local-dynamic */

void lib_bump(void) { lib_tdata += 1; lib_tbss += 1; hidden += 1; }
int lib_tdata_value(void) { return lib_tdata; }
int lib_hidden_value(void) { return hidden; }
