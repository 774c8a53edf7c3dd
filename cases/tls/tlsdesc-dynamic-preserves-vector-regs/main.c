#include <dlfcn.h>
#include <stdlib.h>
#include "check.h"

#ifdef __GLIBC__
/* The descriptor's slow path allocates the TLS block with malloc, an ordinary function that may
   change every caller-saved vector register: this one always does. */
static void clobber_vregs(void) {
#if defined(__x86_64__) /* xmm0-xmm15 are all caller-saved */
  asm volatile("xorps %%xmm0, %%xmm0\n\txorps %%xmm1, %%xmm1\n\txorps %%xmm2, %%xmm2\n\t"
               "xorps %%xmm3, %%xmm3\n\txorps %%xmm4, %%xmm4\n\txorps %%xmm5, %%xmm5\n\t"
               "xorps %%xmm6, %%xmm6\n\txorps %%xmm7, %%xmm7\n\txorps %%xmm8, %%xmm8\n\t"
               "xorps %%xmm9, %%xmm9\n\txorps %%xmm10, %%xmm10\n\txorps %%xmm11, %%xmm11\n\t"
               "xorps %%xmm12, %%xmm12\n\txorps %%xmm13, %%xmm13\n\txorps %%xmm14, %%xmm14\n\t"
               "xorps %%xmm15, %%xmm15"
               ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9",
                   "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
#elif defined(__aarch64__) /* v0-v7 and v16-v31 are caller-saved */
  asm volatile("fmov d0, #-1.0\n\tfmov d1, #-1.0\n\tfmov d2, #-1.0\n\tfmov d3, #-1.0\n\t"
               "fmov d4, #-1.0\n\tfmov d5, #-1.0\n\tfmov d6, #-1.0\n\tfmov d7, #-1.0\n\t"
               "fmov d16, #-1.0\n\tfmov d17, #-1.0\n\tfmov d18, #-1.0\n\tfmov d19, #-1.0\n\t"
               "fmov d20, #-1.0\n\tfmov d21, #-1.0\n\tfmov d22, #-1.0\n\tfmov d23, #-1.0\n\t"
               "fmov d24, #-1.0\n\tfmov d25, #-1.0\n\tfmov d26, #-1.0\n\tfmov d27, #-1.0\n\t"
               "fmov d28, #-1.0\n\tfmov d29, #-1.0\n\tfmov d30, #-1.0\n\tfmov d31, #-1.0"
               ::: "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v16", "v17", "v18", "v19",
                   "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31");
#elif defined(__arm__) && !defined(__SOFTFP__) /* d0-d7 are caller-saved (VFPv3-D16) */
  asm volatile("vmov.f64 d0, #-1.0\n\tvmov.f64 d1, #-1.0\n\tvmov.f64 d2, #-1.0\n\t"
               "vmov.f64 d3, #-1.0\n\tvmov.f64 d4, #-1.0\n\tvmov.f64 d5, #-1.0\n\t"
               "vmov.f64 d6, #-1.0\n\tvmov.f64 d7, #-1.0"
               ::: "d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7");
#endif
}

static int mallocs;
extern void *__libc_malloc(size_t);
void *malloc(size_t n) {
  ++mallocs;
  clobber_vregs();
  return __libc_malloc(n);
}
#endif

int main(void) {
  void *h = dlopen("./libdesc.so", RTLD_NOW);
  CHECK_MSG(h != NULL, "%s", dlerror());
  int (*survive)(int) = (int (*)(int))dlsym(h, "vregs_survive_tls_access");
  CHECK_NOT_NULL(survive);
#ifdef __GLIBC__
  mallocs = 0;
#endif
  int preserved = survive(1);
#ifdef __GLIBC__
  CHECK_MSG(mallocs > 0, "the first TLS access did not allocate: no slow path taken");
#endif
  printf("vector registers preserved: %s\n", preserved ? "yes" : "no");
  return 0;
}
