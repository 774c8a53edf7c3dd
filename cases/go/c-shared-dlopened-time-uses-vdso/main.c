#include <dlfcn.h>
#include <stdio.h>
#include <sys/auxv.h>
#include <time.h>
#include "check.h"

static void *sym(void *h, const char *name) {
    void *f = dlsym(h, name);
    CHECK_MSG(f != NULL, "dlsym %s: %s", name, dlerror());
    return f;
}

int main(void) {
    void *h = dlopen("./libgotime.so", RTLD_NOW);   /* late: the library's init gets no auxv of its own */
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*vdso)(void) = (int (*)(void))sym(h, "GoVdso");
    long long (*unixnano)(void) = (long long (*)(void))sym(h, "GoUnixNano");
    long long (*elapsed)(void) = (long long (*)(void))sym(h, "GoElapsedNs");

    long long e = elapsed();
    CHECK_MSG(e >= 20000000LL && e < 10000000000LL, "time.Since over a 20 ms sleep: %lld ns", e);

    struct timespec ts;
    CHECK_EQ_INT(clock_gettime(CLOCK_REALTIME, &ts), 0);
    long long c = ts.tv_sec * 1000000000LL + ts.tv_nsec, g = unixnano();
    CHECK_MSG(g - c > -1000000000LL && g - c < 1000000000LL, "Go %lld vs C %lld", g, c);

    int v = vdso();
    if (v >= 0) {
        int have = getauxval(AT_SYSINFO_EHDR) != 0;
        CHECK_MSG(v == have, "Go found the vDSO: %d, AT_SYSINFO_EHDR present: %d", v, have);
    }
    puts("time.Now monotonic, within 1 s of clock_gettime; Go vDSO use matches AT_SYSINFO_EHDR");
    return 0;
}
