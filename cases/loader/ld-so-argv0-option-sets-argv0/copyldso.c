#define _GNU_SOURCE
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static const char *interp;

/* The first object dl_iterate_phdr reports is the main program: its PT_INTERP names ld.so. */
static int find_interp(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size, (void)data;
  for (int i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_INTERP)
      interp = (const char *)(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
  return 1;
}

/* Copy this program's ld.so to ./ldso, so a later run step can start it as a command (under
   qemu-user the runner starts it as `qemu -L sysroot ./ldso ...`, its files read like any guest's). */
int main(void) {
  dl_iterate_phdr(find_interp, NULL);
  CHECK_NOT_NULL(interp);
  int in = open(interp, O_RDONLY), out = open("ldso", O_WRONLY | O_CREAT | O_TRUNC, 0755);
  CHECK_MSG(in >= 0 && out >= 0, "open %s / ldso failed", interp);
  char buf[65536];
  ssize_t n;
  while ((n = read(in, buf, sizeof buf)) > 0)
    CHECK_EQ_INT(write(out, buf, (size_t)n), n);
  CHECK_EQ_INT(n, 0);
  CHECK_EQ_INT(close(out), 0);
  close(in);
  puts("copied");
  return 0;
}
