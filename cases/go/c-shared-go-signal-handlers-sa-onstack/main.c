#include <signal.h>
#include <stdio.h>
#include "check.h"
#include "libgoready.h"

/* "go": a handler with SA_SIGINFO|SA_ONSTACK (Go's handler runs on the alternate signal stack);
   "default": SIG_DFL untouched; anything else is printed as it is. */
static const char *state(int sig) {
    struct sigaction sa;
    CHECK_EQ_INT(sigaction(sig, NULL, &sa), 0);
    if (!(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_DFL) return "default";
    if (!(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_IGN) return "ignored";
    if ((sa.sa_flags & (SA_SIGINFO | SA_ONSTACK)) == (SA_SIGINFO | SA_ONSTACK)) return "go";
    return (sa.sa_flags & SA_ONSTACK) ? "handler-without-siginfo" : "handler-without-onstack";
}

int main(void) {
    CHECK_EQ_INT(GoReady(), 1);   /* returns after the Go runtime's initialisation (initsig) */
    printf("SIGSEGV=%s SIGBUS=%s SIGFPE=%s SIGPIPE=%s SIGURG=%s SIGUSR2=%s\n", state(SIGSEGV), state(SIGBUS),
           state(SIGFPE), state(SIGPIPE), state(SIGURG), state(SIGUSR2));
    return 0;
}
