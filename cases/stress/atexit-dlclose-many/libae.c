/* Copied many times. Each copy registers two atexit handlers from its constructor; they belong to
 * this DSO (atexit passes __dso_handle), so dlclose must run them, last registered first. */
#include <stdlib.h>

void ae_note(int copy, int which);
static int me = -1;

static void first(void) { ae_note(me, 1); }
static void second(void) { ae_note(me, 2); }

void ae_start(int copy) {
  me = copy;
  atexit(first);
  atexit(second);
}
