/* 16 KiB of TLS is more than glibc's optional static TLS surplus, so in a
   dlopen'd DSO every TLS descriptor of this module resolves to the dynamic
   resolver (_dl_tlsdesc_dynamic), which compares generation counters. */
__thread char tls_pad[16384];
__thread unsigned tls_idx = 2;

struct pair { unsigned short lo, hi; };
static const struct pair table[4] = { { 1, 10 }, { 2, 20 }, { 3, 30 }, { 4, 40 } };
struct pair last;

/* One condition (flag == 0) used on both sides of a TLS access: a compiler may
   compute it once, before the descriptor call, and reuse it afterwards only if
   it treats the call as clobbering the condition flags. */
void pick(unsigned (*src)(void), void (*sink)(unsigned long)) {
  unsigned flag = src();
  unsigned short len = flag ? 8 : 32;
  unsigned short v = table[tls_idx & 3].hi;
  last.lo = v + 1;
  last.hi = len << 8;
  sink(len);
}
