#include <pthread.h>
#include <stdio.h>

__thread int tls_counter = 7;

#ifdef PTHREAD_linked
/* A reference to pthread_create pulls glibc's nptl objects, and with them
   the nptl_version symbol libthread_db checks for, into the static link. */
void *volatile keep_pthread_create = (void *)pthread_create;
#endif

int main(void)
{
  tls_counter += 1;
  printf("tls_counter=%d\n", tls_counter);
  return 0;
}
