/* N1000(M) expands M(abc) for abc = 000 .. 999 (three decimal digits). */
#define N10(M, a, b) M(a##b##0) M(a##b##1) M(a##b##2) M(a##b##3) M(a##b##4) \
  M(a##b##5) M(a##b##6) M(a##b##7) M(a##b##8) M(a##b##9)
#define N100(M, a) N10(M, a, 0) N10(M, a, 1) N10(M, a, 2) N10(M, a, 3) N10(M, a, 4) \
  N10(M, a, 5) N10(M, a, 6) N10(M, a, 7) N10(M, a, 8) N10(M, a, 9)
#define N1000(M) N100(M, 0) N100(M, 1) N100(M, 2) N100(M, 3) N100(M, 4) \
  N100(M, 5) N100(M, 6) N100(M, 7) N100(M, 8) N100(M, 9)
/* The 500 names with a final digit 0-4 are also defined strongly by the executable. */
#define N10_LOW(M, a, b) M(a##b##0) M(a##b##1) M(a##b##2) M(a##b##3) M(a##b##4)
#define N100_LOW(M, a) N10_LOW(M, a, 0) N10_LOW(M, a, 1) N10_LOW(M, a, 2) N10_LOW(M, a, 3) \
  N10_LOW(M, a, 4) N10_LOW(M, a, 5) N10_LOW(M, a, 6) N10_LOW(M, a, 7) N10_LOW(M, a, 8) N10_LOW(M, a, 9)
#define N1000_LOW(M) N100_LOW(M, 0) N100_LOW(M, 1) N100_LOW(M, 2) N100_LOW(M, 3) N100_LOW(M, 4) \
  N100_LOW(M, 5) N100_LOW(M, 6) N100_LOW(M, 7) N100_LOW(M, 8) N100_LOW(M, 9)
