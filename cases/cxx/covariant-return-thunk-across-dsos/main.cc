#include <cstdio>
#include "shapes.h"
#include "check.h"

int main() {
  Derived *d = make_derived(42);
  Base *b = d; /* converted in the executable: virtual base offset read from d's vtable */
  Base *c = b->clone(); /* through Base-in-Derived's vtable: the covariant thunk */
  Derived *cd = dynamic_cast<Derived *>(c);
  CHECK_NOT_NULL(cd);
  bool subobject = static_cast<Base *>(cd) == c;
  bool nonzero = (void *)c != (void *)cd;
  Derived *c2 = d->clone()->clone(); /* through Derived's own vtable: no adjustment */
  std::printf("clone id=%d tag=%d; base subobject of a new Derived: %s; offset nonzero: %s; clone through Derived*: tag=%d\n",
              c->id(), cd->tag, subobject ? "yes" : "no", nonzero ? "yes" : "no", c2->tag);
  return 0;
}
