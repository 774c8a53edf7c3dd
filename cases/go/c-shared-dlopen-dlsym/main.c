#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void) {
    void *h = dlopen("./libgoupper.so", RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*f)(const char *) = (int (*)(const char *))dlsym(h, "GoUpperLen");
    CHECK_MSG(f != NULL, "dlsym: %s", dlerror());
    CHECK_EQ_INT(f("shared"), 6);
    puts("dlopen + dlsym ok");
    return 0;
}
