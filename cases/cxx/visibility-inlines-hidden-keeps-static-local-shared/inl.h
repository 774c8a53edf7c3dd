#define API __attribute__((visibility("default")))
struct Counter {
  static int next() { /* inline member function: hidden under -fvisibility-inlines-hidden */
    static int n;     /* its static local: not affected by the option */
    return ++n;
  }
};
API void *lib_next_addr(void);
API int lib_next(void);
