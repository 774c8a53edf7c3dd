#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void) {
    void *h = dlopen("./libgoadd.so", RTLD_NOW);
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*add)(int, int) = (int (*)(int, int))dlsym(h, "GoAdd");
    CHECK_MSG(add != NULL, "dlsym: %s", dlerror());
    printf("GoAdd(2, 3) = %d\n", add(2, 3));
    return 0;
}
