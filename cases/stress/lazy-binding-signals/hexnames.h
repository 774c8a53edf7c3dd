/* HEX256(M) expands M(h) for h = 00 .. ff; HEX64(M) for h = 00 .. 3f. */
#define HEXROW(M, p) M(p##0) M(p##1) M(p##2) M(p##3) M(p##4) M(p##5) M(p##6) M(p##7) \
  M(p##8) M(p##9) M(p##a) M(p##b) M(p##c) M(p##d) M(p##e) M(p##f)
#define HEX64(M) HEXROW(M, 0) HEXROW(M, 1) HEXROW(M, 2) HEXROW(M, 3)
#define HEX256(M) HEX64(M) HEXROW(M, 4) HEXROW(M, 5) HEXROW(M, 6) HEXROW(M, 7) \
  HEXROW(M, 8) HEXROW(M, 9) HEXROW(M, a) HEXROW(M, b) HEXROW(M, c) HEXROW(M, d) \
  HEXROW(M, e) HEXROW(M, f)
