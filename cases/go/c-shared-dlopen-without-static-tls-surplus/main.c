#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

int main(void) {
    /* Fill the static TLS surplus greedily: after blocks of 512, 256, ..., 8 bytes (each tried once,
       a refused one skipped) less than 8 bytes can be left, if the surplus was below 1016 bytes. */
    static const char *const pads[] = {"./libpad512.so", "./libpad256.so", "./libpad128.so", "./libpad64.so",
                                       "./libpad32.so", "./libpad16.so", "./libpad8.so"};
    for (unsigned i = 0; i < sizeof pads / sizeof pads[0]; i++)
        dlopen(pads[i], RTLD_NOW);
    if (dlopen("./libpadprobe.so", RTLD_NOW))       /* another 8 bytes still fit: not used up */
        UNSUPPORTED("the static TLS surplus is larger than the pads");
    printf("static TLS surplus used up\n");

    void *h = dlopen("./libgoready.so", RTLD_NOW);  /* the Go runtime starts here */
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*ready)(void) = (int (*)(void))dlsym(h, "GoReady");
    CHECK_NOT_NULL(ready);
    CHECK_EQ_INT(ready(), 1);
    printf("Go library loaded\n");
    return 0;
}
