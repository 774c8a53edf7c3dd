/* A multiversioned function with hidden visibility: it belongs to this DSO
   alone, so the call from call_impl cannot be interposed. */
#pragma GCC visibility push(hidden)
__attribute__((target_clones("avx2", "default"))) int impl(int x) { return x + 1; }
#pragma GCC visibility pop

int call_impl(int x) { return impl(x); }
