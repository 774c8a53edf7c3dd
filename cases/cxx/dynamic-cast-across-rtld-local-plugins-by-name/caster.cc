#include <cstdio>
#include "classes.h"
extern "C" const std::type_info *caster_ti(void) { return &typeid(Derived); }
extern "C" void caster_report(Base *b, char *out, unsigned long size) {
  Derived *d = dynamic_cast<Derived *>(b); /* __dynamic_cast with caster.so's _ZTI7Derived */
  Mixin *m = dynamic_cast<Mixin *>(b);
  Other *o = dynamic_cast<Other *>(b);
  char down[32] = "null", cross[32] = "null";
  if (d) std::snprintf(down, sizeof down, "ok value=%d", d->value());
  if (m) std::snprintf(cross, sizeof cross, "ok mix=%d", m->mix());
  std::snprintf(out, size, "down-cast: %s; cross-cast to Mixin: %s; cast to Other: %s", down, cross, o ? "non-null" : "null");
}
