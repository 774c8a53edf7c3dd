#include <stdio.h>
#include "check.h"
#include "libgotick.h"

int main(void) {
    CHECK_EQ_INT(GoTick(), 1);
    CHECK_EQ_INT(GoTick(), 2);
    puts("two ticks");
    return 0;
}
