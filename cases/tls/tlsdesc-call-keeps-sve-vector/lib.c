#include <arm_sve.h>

/* 16 KiB of initialised TLS: in a dlopen'd DSO each thread's block is
   allocated on first access by _dl_tlsdesc_dynamic's slow path, which saves
   and restores only the 128-bit q0-q31 around its call to __tls_get_addr. */
__thread char tls_image[16384] = { 1 };
__thread int tls_out[64];

unsigned lanes(void) { return (unsigned)svcntw(); }

/* One full vector x = a + b lives across the descriptor call for tls_out. */
int add_and_store(const int *a, const int *b) {
  svbool_t all = svptrue_b32();
  svint32_t x = svadd_s32_x(all, svld1_s32(all, a), svld1_s32(all, b));
  svst1_s32(all, tls_out, x);
  return (int)svaddv_s32(all, x);
}

int out_at(unsigned i) { return tls_out[i]; }
