extern int init_calls; /* defined in lib.cc */
int compute(void);     /* counts its calls; returns 42 */
/* Dynamic initialiser: each TU that defines it emits a guarded init (guard _ZGV8the_var). */
inline int the_var = compute();
int *lib_var_addr(void);
