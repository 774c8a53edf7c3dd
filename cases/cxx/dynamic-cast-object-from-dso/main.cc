#include <cstdio>
#include "zoo.h"
int main() {
  animal *a = make_duck();
  swimmer *s = dynamic_cast<swimmer *>(a); /* down-cast through a virtual base */
  flyer *f = s ? dynamic_cast<flyer *>(s) : nullptr; /* cross-cast swimmer -> flyer */
  rock_fish *r = dynamic_cast<rock_fish *>(a); /* a duck is no rock_fish */
  std::printf("down=swimmer:%d cross=flyer:%d wrong=%s\n", s ? s->swims() : 0, f ? f->flies() : 0,
              r ? "non-null" : "nullptr");
  delete a;
  return 0;
}
