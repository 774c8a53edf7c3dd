#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static volatile sig_atomic_t got;
static void on_usr1(int sig) { (void)sig; got++; }

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_ONSTACK | SA_RESTART;   /* what os/signal asks of non-Go handlers */
    CHECK_EQ_INT(sigaction(SIGUSR1, &sa, NULL), 0);

    void *h = dlopen("./libgoready.so", RTLD_NOW);   /* the Go runtime starts here */
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    int (*ready)(void) = (int (*)(void))dlsym(h, "GoReady");
    CHECK_NOT_NULL(ready);
    CHECK_EQ_INT(ready(), 1);

    raise(SIGUSR1);            /* Go does not want SIGUSR1 (no signal.Notify): C's handler runs */
    CHECK_EQ_INT(got, 1);
    puts("C SIGUSR1 handler still runs");
    return 0;
}
