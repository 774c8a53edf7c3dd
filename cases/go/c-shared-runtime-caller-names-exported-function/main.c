#include <stdio.h>
#include <stdlib.h>
#include "check.h"
#include "libgowhere.h"

int main(void) {
    char *where = GoWhere();   /* the first call from C into the Go library */
    CHECK_NOT_NULL(where);
    printf("%s\n", where);
    free(where);
    return 0;
}
