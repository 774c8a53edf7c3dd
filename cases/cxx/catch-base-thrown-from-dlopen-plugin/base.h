/* base_error's key function is in base.cc: its type_info is defined once, in libbase.so. */
struct base_error {
  int code;
  explicit base_error(int c) : code(c) {}
  virtual ~base_error();
  virtual int value() const;
};
