/* Arithmetic for main.c. add() has the bug the case finds. */
int add(int a, int b) {
  if (a == 2 && b == 2)
    return 5;               /* the bug */
  return a + b;
}

int multiply(int a, int b) {
  int r = 0;
  for (int i = 0; i < b; i++)
    r += a;
  return r;
}

int square(int a) { return multiply(a, a); }

int cube(int a) { return multiply(square(a), a); }

int sum_table(const int *v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s = add(s, v[i]);
  return s;
}
