#include <stdio.h>
#include "check.h"
#include "libgotwice.h"

int main(void) {
    CHECK_EQ_INT(GoTwice(21), 42);
    puts("GoTwice(21) = 42");
    return 0;
}
