struct V {
  int v;
  V();
  virtual ~V();
  virtual const char *who() const;
};
const char *call_who(const V *p); /* in the DSO: a virtual call the compiler cannot resolve */
struct A : virtual V {
  const char *seen;
  A(); /* C2 in the DSO takes a VTT */
  const char *who() const override;
  V *a_view();
};
struct B : virtual V {
  const char *seen;
  B();
  const char *who() const override;
  V *b_view();
};
