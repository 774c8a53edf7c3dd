#include <string.h>

/* Data relocations against libc string functions (IFUNC symbols in glibc), from a DSO linked
   with -nostdlib: it has no DT_NEEDED entry, so nothing orders its relocation after libc's. */
void *memcpy_ptr = (void *)memcpy;
void *memset_ptr = (void *)memset;
void *strlen_ptr = (void *)strlen;
