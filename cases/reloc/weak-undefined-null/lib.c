/* Defined nowhere: weak undefined references resolve to address 0. */
extern int dsoconf_weak_data __attribute__((weak));
void dsoconf_weak_func(void) __attribute__((weak));

void *lib_weak_data(void) { return &dsoconf_weak_data; }
void *lib_weak_func(void) { return (void *)dsoconf_weak_func; }
