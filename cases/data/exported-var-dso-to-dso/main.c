#include "check.h"

void writer_set(int v);
int *writer_addr(void);
int reader_get(void);
int *reader_addr(void);

int main(void) {
  CHECK_EQ_PTR(writer_addr(), reader_addr());
  printf("before: %d\n", reader_get());
  writer_set(42);
  printf("after writer: %d\n", reader_get());
  writer_set(reader_get() + 1);
  printf("after second write: %d\n", reader_get());
  return 0;
}
