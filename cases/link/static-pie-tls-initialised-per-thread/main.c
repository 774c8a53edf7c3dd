#include <pthread.h>
#include <stdio.h>

__thread int counter = 42;

static void *bump_twice(void *out) {
    int before = counter;
    counter += 2;
    ((int *)out)[0] = before, ((int *)out)[1] = counter;
    return NULL;
}

int main(void) {
    int seen[2];
    int before = counter;
    counter += 1;
    pthread_t t;
    if (pthread_create(&t, NULL, bump_twice, seen) != 0 || pthread_join(t, NULL) != 0)
        return 1;
    printf("main: %d -> %d, thread: %d -> %d\n", before, counter, seen[0], seen[1]);
    return 0;
}
