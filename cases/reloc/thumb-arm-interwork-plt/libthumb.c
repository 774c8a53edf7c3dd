/* Built with -mthumb: T32 code. */
int arm_add1(int x);

int thumb_twice(int x) { return 2 * x; }

int (*thumb_ptr(void))(int) { return thumb_twice; }

/* T32 -> A32 through the PLT and through a pointer to the A32 function. */
int thumb_calls_arm(int x) {
  int (*volatile fp)(int) = arm_add1;
  return arm_add1(x) * 100 + fp(x + 1);
}
