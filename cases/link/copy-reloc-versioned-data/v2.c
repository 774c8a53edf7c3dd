/* Release 2: counter@VDATA_1 keeps the old contract (5); counter@@VDATA_2 is the
 * new default with another value (500). */
int counter_v1 = 5;
int counter_v2 = 500;
/* as(1) .symver: the portable spelling (clang 14 has no symver attribute). */
__asm__(".symver counter_v1, counter@VDATA_1");
__asm__(".symver counter_v2, counter@@VDATA_2");
