#include <stdio.h>

int dep_value(void);

int main(void) {
    printf("dep=%d\n", dep_value());
    return 0;
}
