#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

static int (*get(const char *lib, const char *sym))(void) {
    void *h = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(h != NULL, "dlopen %s: %s", lib, dlerror());
    void *f = dlsym(h, sym);
    CHECK_MSG(f != NULL, "dlsym %s: %s", sym, dlerror());
    return (int (*)(void))f;
}

int main(void) {
    int (*a)(void) = get("./liba.so", "GoA");
    int first = a();                        /* runtime 1 is up before library 2 loads */
    int (*b)(void) = get("./libb.so", "GoB");
    int second = b();                       /* runtime 2 starts beside runtime 1 */
    printf("GoA=%d GoB=%d GoA=%d\n", first, second, a());
    return 0;
}
