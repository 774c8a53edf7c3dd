#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include "check.h"

int main(void) {
    /* set before the library exists: it is part of the process environment when Go starts */
    CHECK_EQ_INT(setenv("DSOCONF_LATE", "from-setenv", 1), 0);
    void *h = dlopen("./libgoenv.so", RTLD_NOW);
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    char *(*get)(const char *) = (char *(*)(const char *))dlsym(h, "GoGetenv");
    CHECK_MSG(get != NULL, "dlsym: %s", dlerror());
    char *early = get("DSOCONF_EARLY"), *late = get("DSOCONF_LATE");
    printf("DSOCONF_EARLY=%s DSOCONF_LATE=%s\n", early, late);
    free(early);
    free(late);
    return 0;
}
