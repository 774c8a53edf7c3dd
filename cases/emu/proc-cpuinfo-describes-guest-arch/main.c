#include "check.h"

int lib_cpuinfo_has_key(const char *key);

/* The key each Linux architecture prints in /proc/cpuinfo (show_cpuinfo):
 * x86 "flags\t\t:" (arch/x86/kernel/cpu/proc.c), arm and arm64 "Features\t:"
 * (arch/arm/kernel/setup.c, arch/arm64/kernel/cpuinfo.c), powerpc "cpu\t\t:"
 * (arch/powerpc/kernel/setup-common.c). */
#if defined(__x86_64__)
#define KEY "flags\t\t:"
#elif defined(__aarch64__) || defined(__arm__)
#define KEY "Features\t:"
#elif defined(__powerpc64__)
#define KEY "cpu\t\t:"
#else
#error "no /proc/cpuinfo key known for this architecture"
#endif

int main(void) {
  CHECK_MSG(lib_cpuinfo_has_key(KEY) == 1, "no /proc/cpuinfo line starts with \"%s\"", KEY);
  puts("ok");
  return 0;
}
