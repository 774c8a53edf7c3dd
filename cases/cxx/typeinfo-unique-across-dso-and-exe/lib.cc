#include "shape.h"
const std::type_info *lib_shape_ti(void) { return &typeid(Shape); }
const std::type_info *lib_square_ti(void) { return &typeid(Square); }
Shape *lib_make_square(void) { return new Square; }
