#include <typeinfo>
#ifdef CASTER_ANON
namespace {
#endif
/* All inline, no key function: maker.so and caster.so each emit the type_info objects. */
struct Base {
  virtual ~Base() {}
  virtual int value() const { return 1; }
};
struct Mixin {
  virtual ~Mixin() {}
  virtual int mix() const { return 2; }
};
struct Derived : Base, Mixin {
  int value() const override { return 7; }
  int mix() const override { return 11; }
};
struct Other : Base {};
#ifdef CASTER_ANON
}
#endif
