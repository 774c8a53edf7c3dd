#include "shape.h"
/* A separate file, so that the compiler cannot inline it into Shape's constructor and see the pure call. */
int measure(const Shape *s) { return s->area(); }
