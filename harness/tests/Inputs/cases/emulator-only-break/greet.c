#include <stdio.h>
#include <stdlib.h>

int greet(void) {
    if (getenv("DSOCONF_FAKE_EMULATOR")) {
        fputs("greet: running under the fake emulator\n", stderr);
        return 1;
    }
    puts("hello");
    return 0;
}
