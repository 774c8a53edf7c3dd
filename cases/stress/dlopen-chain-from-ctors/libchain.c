/* Template copied to chain-0.so .. chain-(N-1).so. Each copy's constructor takes the next
 * index from the executable and dlopens the next copy, so the chain nests N dlopen calls. */
#include <dlfcn.h>
#include <stdio.h>

extern int chain_next, chain_depth;
void chain_note_ctor(int idx);
void chain_note_dtor(int idx);
void chain_fail(const char *msg);

static int my_idx = -1;
static void *next;

__attribute__((constructor)) static void chain_init(void) {
  my_idx = chain_next++;
  if (my_idx + 1 < chain_depth) {
    char name[32];
    snprintf(name, sizeof name, "./chain-%d.so", my_idx + 1);
    next = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!next) chain_fail(dlerror());
  }
  chain_note_ctor(my_idx);   /* after the nested load returned: completion order */
}

__attribute__((destructor)) static void chain_fini(void) {
  chain_note_dtor(my_idx);
  if (next) dlclose(next);
}
