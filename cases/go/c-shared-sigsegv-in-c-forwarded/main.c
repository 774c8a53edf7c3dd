#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static void on_segv(int sig) {
    (void)sig;
    static const char msg[] = "C SIGSEGV handler ran\n";
    write(1, msg, sizeof msg - 1);
    _exit(0);
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sa.sa_flags = SA_ONSTACK;
    CHECK_EQ_INT(sigaction(SIGSEGV, &sa, NULL), 0);

    void *h = dlopen("./libgoready.so", RTLD_NOW);   /* Go installs its own SIGSEGV handler */
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*ready)(void) = (int (*)(void))dlsym(h, "GoReady");
    CHECK_NOT_NULL(ready);
    CHECK_EQ_INT(ready(), 1);

    /* A fault in C code, not Go: Go's handler must forward it to the handler C had before. */
    volatile int *volatile p = NULL;
    *p = 1;
    puts("no fault?");
    return 1;
}
