int slow_init(void); /* in libinit.so: counts its calls, sleeps, returns 42 */
inline int *shared_value(void) {
  static int v = slow_init(); /* guarded by _ZGVZ12shared_valuevE1v */
  return &v;
}
int *a_get(void);
int *b_get(void);
int init_calls(void);
