/* Underlinked on purpose: write_and_reopen comes from libtlsdep.so through libtop.so's scope,
   so libtop.so's dependency order (libtlsdep.so, libuser.so) is the only order between them. */
extern void write_and_reopen(void);

__attribute__((constructor)) static void user_ctor(void) { write_and_reopen(); }
