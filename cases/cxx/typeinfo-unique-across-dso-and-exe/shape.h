#include <typeinfo>
/* All members inline: no key function, so every user emits the vtable and type_info (weak, COMDAT). */
struct Shape {
  virtual ~Shape() {}
  virtual int sides() const { return 0; }
};
struct Square : Shape {
  int sides() const override { return 4; }
};
const std::type_info *lib_shape_ti(void);
const std::type_info *lib_square_ti(void);
Shape *lib_make_square(void);
