/* Plain new/delete in separate functions (the pointer escapes, so the compiler cannot elide the
   pair, [expr.new]/10): the DSO calls _Znwm/_Znwj and _ZdlPv[m/j] through its PLT. */
int *lib_alloc(int v) { return new int(v); }
void lib_free(int *p) { delete p; }
