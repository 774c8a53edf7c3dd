/* Calls through a pointer it got from the executable: whatever the pointer
   designates runs with this DSO's registers (its TOC pointer on ppc64). */
int call_through(int (*fn)(int), int x) { return fn(x); }
