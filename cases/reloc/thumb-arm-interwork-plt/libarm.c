/* Built with -marm: A32 code. */
int thumb_twice(int x);
int (*thumb_ptr(void))(int);

int arm_add1(int x) { return x + 1; }

/* A32 -> T32 through the PLT, and through a pointer handed over by the Thumb DSO. */
int arm_calls_thumb(int x) {
  int (*fp)(int) = thumb_ptr();
  return thumb_twice(x) * 100 + fp(x);
}
