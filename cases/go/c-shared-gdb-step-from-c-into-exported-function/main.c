#include <stdio.h>
#include "libgoadd.h"

int main(void) {
    GoAdd(0, 0);   /* the Go runtime is up and has started its threads before the stepped call */
    int r = GoAdd(2, 3);
    printf("GoAdd(2, 3) = %d\n", r);
    return 0;
}
