#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void) {
    void *h = dlopen("./libgoalive.so", RTLD_NOW);
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*alive)(void) = (int (*)(void))dlsym(h, "GoAlive");
    CHECK_NOT_NULL(alive);
    CHECK_EQ_INT(alive(), 7);
    CHECK_EQ_INT(dlclose(h), 0);
    /* The Go runtime cannot be unloaded (its threads keep running): the library is NODELETE,
       so it is still resident and its code still callable after dlclose. */
    void *again = dlopen("./libgoalive.so", RTLD_NOW | RTLD_NOLOAD);
    CHECK_MSG(again != NULL, "library was unloaded by dlclose");
    CHECK_EQ_INT(alive(), 7);
    puts("still loaded after dlclose");
    return 0;
}
