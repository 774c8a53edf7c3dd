/* Registers thread_local-style destructors (the C++ ABI's __cxa_thread_atexit_impl, with this
 * DSO's __dso_handle) and reports them to the executable when they run. */
extern void *__dso_handle;
int __cxa_thread_atexit_impl(void (*dtor)(void *), void *obj, void *dso);
void td_ran(long thread, int which);

__thread long td_owner = -1;
static __thread int td_obj[4];

static void dtor(void *p) {
  int which = (int)((int *)p - td_obj);
  td_ran(td_owner, which);
}

void td_register(long thread) {
  td_owner = thread;
  for (int i = 0; i < 4; i++)
    __cxa_thread_atexit_impl(dtor, &td_obj[i], &__dso_handle);
}
