#include <pthread.h>
#include "check.h"

extern __thread int tls_obj;
extern __thread char tls_buf[16];
int *lib_obj_addr(void);
char *lib_buf_addr(void);

static int *main_obj;
static char *main_buf;

static void *thread_fn(void *arg) {
  (void)arg;
  CHECK_EQ_PTR(&tls_obj, lib_obj_addr());   /* exe and DSO agree in this thread */
  CHECK_EQ_PTR(tls_buf, lib_buf_addr());
  CHECK_NE_PTR(&tls_obj, main_obj);         /* but it is not the main thread's object */
  CHECK_NE_PTR(tls_buf, main_buf);
  CHECK_EQ_INT(tls_obj, 1);                 /* which the main thread changed to 2 */
  return NULL;
}

int main(void) {
  pthread_t t;
  main_obj = &tls_obj;
  main_buf = tls_buf;
  CHECK_EQ_PTR(main_obj, lib_obj_addr());
  CHECK_EQ_PTR(main_buf, lib_buf_addr());
  tls_obj = 2;
  CHECK_EQ_INT(*lib_obj_addr(), 2);
  CHECK_EQ_INT(pthread_create(&t, NULL, thread_fn, NULL), 0);
  CHECK_EQ_INT(pthread_join(t, NULL), 0);
  printf("ok\n");
  return 0;
}
