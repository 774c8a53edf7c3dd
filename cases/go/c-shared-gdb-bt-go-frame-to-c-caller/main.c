#include <stdio.h>
#include "libgoadd.h"

int main(void) {
    int r = GoAdd(2, 3);
    printf("GoAdd(2, 3) = %d\n", r);
    return 0;
}
