/* A multiversioned function: the compiler emits one clone per target, a
   resolver, and an IFUNC symbol under the function's own name, so callers in
   other modules (declared without the attribute) bind to it as usual. */
__attribute__((target_clones("avx2", "default")))
int scale(int x) { return x * 3; }
