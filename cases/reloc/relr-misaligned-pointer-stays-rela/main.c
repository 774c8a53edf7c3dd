#include "check.h"

int v[4] = {10, 20, 30, 40};

/* An 8-aligned struct whose pointer member sits at offset 2: its relative
 * relocation is at an even address that is not a multiple of the word size.
 * DT_RELR only encodes word-aligned slots, so this one must stay an ordinary
 * (RELA/REL) relocation, while the word-aligned pointers after it are packed. */
struct __attribute__((packed, aligned(8))) odd {
  short tag;
  int *p;
};
struct odd odd = {7, &v[1]};
int *plain[2] = {&v[2], &v[3]};

int main(void) {
  CHECK_EQ_PTR(odd.p, &v[1]);
  CHECK_EQ_PTR(plain[0], &v[2]);
  CHECK_EQ_PTR(plain[1], &v[3]);
  printf("%d %d %d %d\n", odd.tag, *odd.p, *plain[0], *plain[1]);
  return 0;
}
