#include <stdio.h>

static int first = 1, second = 2;
/* Link-time values of these pointers are the objects' addresses for a load at 0: the program's
   own R_*_RELATIVE relocations must add the load base before main runs. */
int *const volatile table[] = { &first, &second };

int main(void) {
    printf("first=%d second=%d table-points-at-objects=%s\n", *table[0], *table[1],
           table[0] == &first && table[1] == &second ? "yes" : "no");
    return 0;
}
