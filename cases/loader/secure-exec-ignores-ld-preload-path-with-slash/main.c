#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <sys/auxv.h>

int main(void) {
    void *marker = dlsym(RTLD_DEFAULT, "dsoconf_preload_marker");
    printf("AT_SECURE=%lu preloaded=%s\n", getauxval(AT_SECURE), marker ? "yes" : "no");
    return 0;
}
