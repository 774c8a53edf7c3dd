#include <cstdio>
#include "vb.h"

/* D's VTT, vtable and construction vtables (A-in-D, B-in-D) are emitted here, in the executable. */
struct D : A, B {
  D() {}
  const char *who() const override { return "D"; }
};

int main() {
  D *d = new D;
  V *direct = static_cast<V *>(d);
  bool one_v = direct == d->a_view() && direct == d->b_view();
  std::printf("in A ctor: %s; in B ctor: %s; after: %s; one V: %s; v=%d\n", d->A::seen, d->B::seen, call_who(direct),
              one_v ? "yes" : "no", direct->v);
  return 0;
}
