#include <cstdio>
#include "shape.h"

int main() {
  Shape *s = lib_make_square();
  /* The exe also emits both type_infos; the DSO's references must be preempted by them. */
  bool shape_one = lib_shape_ti() == &typeid(Shape);
  bool square_one = lib_square_ti() == &typeid(Square) && &typeid(*s) == &typeid(Square);
  std::printf("typeid(Shape) one object: %s; typeid(Square) one object: %s\n",
              shape_one ? "yes" : "no", square_one ? "yes" : "no");
  delete s;
  return shape_one && square_one ? 0 : 1;
}
