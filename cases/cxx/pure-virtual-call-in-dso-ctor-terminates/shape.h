struct Shape {
  Shape();
  virtual ~Shape();
#ifdef NOT_PURE
  virtual int area() const { return 0; }
#else
  virtual int area() const = 0; /* Shape's vtable slot: __cxa_pure_virtual */
#endif
  int measured;
};
int measure(const Shape *s); /* a virtual call the constructor makes through an out-of-line helper */
Shape *make_square(int side);
