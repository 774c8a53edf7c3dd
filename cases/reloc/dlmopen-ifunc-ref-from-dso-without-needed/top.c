extern void *memcpy_ptr, *strlen_ptr;

void *get_memcpy(void) { return memcpy_ptr; }
void *get_strlen(void) { return strlen_ptr; }
