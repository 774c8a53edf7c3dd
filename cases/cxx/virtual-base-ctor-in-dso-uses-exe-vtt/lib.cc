#include "vb.h"
V::V() : v(5) {}
V::~V() {}
const char *V::who() const { return "V"; }
const char *call_who(const V *p) { return p->who(); }
A::A() : seen(call_who(this)) {}
const char *A::who() const { return "A"; }
V *A::a_view() { return this; }
B::B() : seen(call_who(this)) {}
const char *B::who() const { return "B"; }
V *B::b_view() { return this; }
