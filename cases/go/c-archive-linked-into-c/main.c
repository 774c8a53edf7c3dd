#include <stdio.h>
#include <stdlib.h>
#include "check.h"
#include "libgofmt.h"

int main(void) {
    char *s = GoFormat(7);
    CHECK_EQ_STR(s, "n=007");
    free(s);
    puts("c-archive ok");
    return 0;
}
