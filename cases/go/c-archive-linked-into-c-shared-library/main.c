#include <stdio.h>
#include "check.h"

int wrap_add(int a, int b);

int main(void) {
    printf("wrap_add(40, 2) = %d\n", wrap_add(40, 2));
    return 0;
}
