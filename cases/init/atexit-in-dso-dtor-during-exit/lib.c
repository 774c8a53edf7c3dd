#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void say(const char *s) { (void)!write(1, s, strlen(s)); }

static void late_handler(void) {}

static void on_alarm(int sig) {
  (void)sig;
  say("atexit() called from a destructor during exit never returned\n");
  _exit(1);
}

/* Runs during exit(), after every atexit handler has run. Registering another
   handler here may succeed or fail; it must return either way. */
__attribute__((destructor)) static void lib_dtor(void) {
  signal(SIGALRM, on_alarm);
  alarm(3);
  say("lib dtor calls atexit\n");
  (void)atexit(late_handler);
  alarm(0);
  say("atexit returned\n");
}

int lib_fn(void) { return 7; }
