static __thread char big[1 << 16];  /* too big for the static TLS surplus: dynamic TLS */

#if defined(__x86_64__)
#define V "+x" /* an SSE register */
#else
#define V "+w" /* a VFP / SIMD register */
#endif

/* A TLS descriptor call may change only its result register: the compiler keeps v0..v7 in
   caller-saved vector registers across it (x86-64 and Arm TLSDESC ABIs). */
int vregs_survive_tls_access(int sel) {
  double v0 = 1, v1 = 2, v2 = 3, v3 = 4, v4 = 5, v5 = 6, v6 = 7, v7 = 8;
  asm volatile("" : V(v0), V(v1), V(v2), V(v3), V(v4), V(v5), V(v6), V(v7), "+r"(sel));
  char *p = sel ? big : 0;  /* first access in this thread: the descriptor's slow path */
  asm volatile("" : V(v0), V(v1), V(v2), V(v3), V(v4), V(v5), V(v6), V(v7) : "r"(p) : "memory");
  if (p)
    *p = 1;
  return v0 == 1 && v1 == 2 && v2 == 3 && v3 == 4 && v4 == 5 && v5 == 6 && v6 == 7 && v7 == 8;
}
