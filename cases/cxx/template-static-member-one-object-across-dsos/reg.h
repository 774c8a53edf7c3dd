template <class T> struct registry {
  static int count;
  static int *bump() { ++count; return &count; }
};
template <class T> int registry<T>::count = 0;

int *a_bump(void);
int *b_bump(void);
