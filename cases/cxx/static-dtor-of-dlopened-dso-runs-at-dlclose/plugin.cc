typedef void (*hook_fn)(const char *);
static hook_fn hook;

struct tracked {
  tracked() { hook("ctor"); }
  ~tracked() { hook("dtor"); }
};

/* Not inline, internal linkage: no STB_GNU_UNIQUE symbol that would pin the plugin (NODELETE). */
static tracked &instance() {
  static tracked t; /* constructed on the first call: __cxa_atexit(~tracked, &t, __dso_handle) */
  return t;
}

extern "C" void plugin_set_hook(hook_fn h) { hook = h; }
extern "C" void plugin_touch(void) { (void)instance(); }
