static int resolver_calls;

static int impl_double(int x) { return 2 * x; }

/* Runs when ld.so binds a relocation that names lib_fn. */
/* used: clang (14) does not count the ifunc attribute as a use (-Wunused-function). */
__attribute__((used)) static int (*resolve_lib_fn(void))(int) {
  resolver_calls++;
  return impl_double;
}

int lib_fn(int x) __attribute__((ifunc("resolve_lib_fn")));

int lib_resolver_calls(void) { return resolver_calls; }
