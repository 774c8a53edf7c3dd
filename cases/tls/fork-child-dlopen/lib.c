__thread int dyn_var = 5;     /* .tdata */
__thread int dyn_zero;        /* .tbss */

int dyn_bump(int by) { dyn_var += by; dyn_zero += 1; return dyn_var * 10 + dyn_zero; }
