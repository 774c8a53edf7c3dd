#include <stdio.h>
#include <stdlib.h>
#include "check.h"
#include "libgoargs.h"

int main(void) {
    char *s = GoArgs();   /* the library was loaded and initialised with the executable */
    puts(s);
    free(s);
    return 0;
}
