#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include "check.h"

static __thread int host_tls = 1;   /* the executable's TLS (static TLS block) */
static int (*go_tls)(int);
static int (*go_answer)(void);

static void *loader(void *arg) {
    (void)arg;
    host_tls = 11;
    void *h = dlopen("./libgotls.so", RTLD_NOW);   /* the Go runtime starts from this thread */
    CHECK_MSG(h != NULL, "dlopen: %s", dlerror());
    go_tls = (int (*)(int))dlsym(h, "GoTLS");
    go_answer = (int (*)(void))dlsym(h, "GoAnswer");
    CHECK_NOT_NULL(go_tls);
    CHECK_NOT_NULL(go_answer);
    int lib = go_tls(22), go = go_answer();
    printf("thread: host=%d lib=%d go=%d\n", host_tls, lib, go);
    return NULL;
}

int main(void) {
    pthread_t t;
    CHECK_EQ_INT(pthread_create(&t, NULL, loader, NULL), 0);
    CHECK_EQ_INT(pthread_join(t, NULL), 0);
    /* the main thread's copies: host 1 (never set here), library TLS 0 (fresh for this thread) */
    int lib = go_tls(0), go = go_answer();
    printf("main: host=%d lib=%d go=%d\n", host_tls, lib, go);
    return 0;
}
