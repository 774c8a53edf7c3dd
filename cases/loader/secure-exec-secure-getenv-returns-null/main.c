#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>

int main(void) {
    const char *plain = getenv("DSOCONF_SETTING"), *secure = secure_getenv("DSOCONF_SETTING");
    printf("AT_SECURE=%lu getenv=%s secure_getenv=%s\n", getauxval(AT_SECURE),
           plain ? plain : "(null)", secure ? secure : "(null)");
    return 0;
}
