#include <stdio.h>
#include "check.h"
#include "libgovisit.h"

static int calls;
static int square(int v) { calls++; return v * v; }

int main(void) {
    /* 1 + 4 + 9 + 16 = 30, and C saw four calls from Go */
    CHECK_EQ_INT(GoSumVisited(square, 4), 30);
    CHECK_EQ_INT(calls, 4);
    puts("C->Go->C ok");
    return 0;
}
