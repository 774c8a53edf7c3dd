/* An inline function with a function-local static: the ABI wants one object program-wide. */
inline int *shared_counter() {
  static int counter;
  return &counter;
}
