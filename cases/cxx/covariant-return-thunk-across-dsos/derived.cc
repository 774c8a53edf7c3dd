#include "shapes.h"
Pad::~Pad() {}
int Pad::pad_id() const { return 9; }
Derived::Derived(int t) : tag(t) {}
Derived::~Derived() {}
Derived *Derived::clone() const { return new Derived(tag + 1); }
int Derived::id() const { return 2; }
Derived *make_derived(int tag) { return new Derived(tag); }
