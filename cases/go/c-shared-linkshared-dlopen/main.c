#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void) {
    void *h = dlopen("./libgotwice.so", RTLD_NOW);
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*twice)(int) = (int (*)(int))dlsym(h, "GoTwice");
    CHECK_MSG(twice != NULL, "dlsym: %s", dlerror());
    CHECK_EQ_INT(twice(21), 42);
    puts("c-shared -linkshared ok");
    return 0;
}
