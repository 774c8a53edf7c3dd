/* In its own translation unit, so the compiler cannot bind the calls itself: the linker
   (and the dynamic linker) decide. */
int hook(void);
int helper(void);

int lib_call_both(void) { return hook() * 10 + helper(); }
