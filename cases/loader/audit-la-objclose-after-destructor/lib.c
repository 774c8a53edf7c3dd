#include <string.h>
#include <unistd.h>

__attribute__((destructor)) static void finish(void) { (void)!write(1, "destructor\n", 11); }

int gone_value(void) { return 1; }
