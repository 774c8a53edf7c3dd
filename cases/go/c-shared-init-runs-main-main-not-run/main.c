#include <stdio.h>
#include "check.h"
#include "libgostate.h"

int main(void) {
    int s = GoState();   /* the first call waits for the Go runtime's initialisation */
    printf("init=%d main=%d\n", s / 10, s % 10);
    return 0;
}
