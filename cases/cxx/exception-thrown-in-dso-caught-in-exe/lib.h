struct lib_error {
  int code;
  explicit lib_error(int c) : code(c) {}
};
void lib_fail(void);
int lib_depth(void);
