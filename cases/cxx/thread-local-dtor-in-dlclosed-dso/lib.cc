typedef void (*hook_fn)(const char *);
static hook_fn hook;

struct tracked {
  int v;
  tracked() : v(7) { hook("ctor"); }
  ~tracked() { hook("dtor"); } /* registered with __cxa_thread_atexit on first use */
};
static thread_local tracked tl;

extern "C" void lib_set_hook(hook_fn h) { hook = h; }
extern "C" int lib_use(void) { return tl.v; }
