/* thrown_error's key function what_code() is defined in throw.cc: its type_info lives only in libthrow.so. */
struct thrown_error {
  int code;
  explicit thrown_error(int c) : code(c) {}
  virtual ~thrown_error();
  virtual int what_code() const;
};
void lib_throw(int code);
int lib_catch(int code); /* returns the caught code, -1 if nothing was caught */
