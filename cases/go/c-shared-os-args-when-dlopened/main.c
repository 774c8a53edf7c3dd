#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include "check.h"

int main(int argc, char **argv) {
    (void)argc; (void)argv;
    void *h = dlopen("./libgoargs.so", RTLD_NOW);
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    char *(*args)(void) = (char *(*)(void))dlsym(h, "GoArgs");
    CHECK_NOT_NULL(args);
    char *s = args();
    printf("os.Args[1:] = %s\n", s);
    free(s);
    return 0;
}
