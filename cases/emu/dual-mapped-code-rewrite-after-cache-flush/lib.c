#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* A tiny JIT in a DSO, W^X style (as libffi's and Erlang's): one memfd page
 * mapped twice, written through the RW view and run through the RX view. */
static unsigned char *rw, *rx;

void *lib_jit_init(void) {
  long pg = sysconf(_SC_PAGESIZE);
  int fd = memfd_create("jit", 0);
  if (fd < 0 || ftruncate(fd, pg) != 0) return NULL;
  rw = mmap(NULL, (size_t)pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  rx = mmap(NULL, (size_t)pg, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
  close(fd);
  return rw == MAP_FAILED || rx == MAP_FAILED ? NULL : rx;
}

/* Emits "return n" and makes it visible to instruction fetch through the RX view. */
void lib_jit_emit_return(int n) {
#if defined(__x86_64__)
  unsigned char code[6] = { 0xb8, 0, 0, 0, 0, 0xc3 };         /* mov $n,%eax; ret */
  memcpy(code + 1, &n, 4);
#elif defined(__aarch64__)
  uint32_t code[2] = { 0x52800000u | ((uint32_t)n << 5), 0xd65f03c0u };  /* movz w0,#n; ret */
#elif defined(__arm__)
  uint32_t code[2] = { 0xe3a00000u | (uint32_t)n, 0xe12fff1eu };         /* mov r0,#n; bx lr (A32) */
#elif defined(__powerpc64__)
  uint32_t code[2] = { 0x38600000u | (uint32_t)n, 0x4e800020u };         /* li r3,n; blr */
#else
#error "no code template for this architecture"
#endif
  memcpy(rw, code, sizeof code);
  __builtin___clear_cache((char *)rx, (char *)rx + sizeof code);
}
