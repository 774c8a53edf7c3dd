__thread int tv = 10;
static __thread int ctor_ran;

__attribute__((constructor)) static void init(void) {
  /* runs inside dlopen, in the thread that called dlopen */
  tv += 5;
  ctor_ran = 1;
}

int get_tv(void) { return tv * 10 + ctor_ran; }
