/* REP10000(M) expands M(nnnn) for nnnn = 0000 .. 9999. */
#define REP10(M, p) M(p##0) M(p##1) M(p##2) M(p##3) M(p##4) M(p##5) M(p##6) M(p##7) M(p##8) M(p##9)
#define REP100(M, p) REP10(M, p##0) REP10(M, p##1) REP10(M, p##2) REP10(M, p##3) REP10(M, p##4) \
  REP10(M, p##5) REP10(M, p##6) REP10(M, p##7) REP10(M, p##8) REP10(M, p##9)
#define REP1000(M, p) REP100(M, p##0) REP100(M, p##1) REP100(M, p##2) REP100(M, p##3) REP100(M, p##4) \
  REP100(M, p##5) REP100(M, p##6) REP100(M, p##7) REP100(M, p##8) REP100(M, p##9)
#define REP10000(M) REP1000(M, 0) REP1000(M, 1) REP1000(M, 2) REP1000(M, 3) REP1000(M, 4) \
  REP1000(M, 5) REP1000(M, 6) REP1000(M, 7) REP1000(M, 8) REP1000(M, 9)
