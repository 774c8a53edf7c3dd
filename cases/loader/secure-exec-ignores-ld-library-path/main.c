#include <dlfcn.h>
#include <stdio.h>
#include <sys/auxv.h>

int main(void) {
    void *h = dlopen("libplug.so", RTLD_NOW);
    printf("AT_SECURE=%lu dlopen=%s\n", getauxval(AT_SECURE), h ? "found" : "not-found");
    return 0;
}
