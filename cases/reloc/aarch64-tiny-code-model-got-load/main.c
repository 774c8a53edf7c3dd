#include <stdio.h>
#include "check.h"

extern int counter;
int *counter_addr(void);
int bump_counter(void);

int main(void) {
    /* The DSO's GOT slot holds the one definition's address: the same object
       the executable sees. */
    CHECK_EQ_PTR(counter_addr(), &counter);
    CHECK_EQ_INT(bump_counter(), 41);
    counter++;
    CHECK_EQ_INT(bump_counter(), 43);
    printf("ok\n");
    return 0;
}
