#include <stdio.h>
#include "check.h"
#include "libgobump.h"

int host_counter = 40;

int main(void) {
    CHECK_EQ_INT(GoBump(2), 42);
    CHECK_EQ_INT(host_counter, 42);   /* Go wrote the executable's variable, not a copy */
    host_counter = 100;
    CHECK_EQ_INT(GoBump(1), 101);     /* and reads the executable's current value */
    puts("shared variable ok");
    return 0;
}
