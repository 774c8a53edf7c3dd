#include <stdio.h>
#include "check.h"
#include "libgoadd.h"

int main(void) {
    CHECK_EQ_INT(GoAdd(40, 2), 42);
    puts("GoAdd(40, 2) = 42");
    return 0;
}
