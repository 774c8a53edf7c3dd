/* --strip-debug (-S) removes the debugging sections only: the executable
 * keeps its .symtab (with the global function marker_fn), but has no
 * .debug_info. The program reads its own section headers (argv[1]). */
#define _GNU_SOURCE
#include <link.h>
#include "check.h"

void marker_fn(void) {}

static unsigned char image[1 << 22];

int main(int argc, char **argv) {
  CHECK_EQ_INT(argc, 2);
  FILE *f = fopen(argv[1], "rb");
  CHECK_NOT_NULL(f);
  size_t n = fread(image, 1, sizeof image, f);
  fclose(f);
  CHECK(n > sizeof(ElfW(Ehdr)) && n < sizeof image);

  const ElfW(Ehdr) *eh = (const ElfW(Ehdr) *)image;
  const ElfW(Shdr) *sh = (const ElfW(Shdr) *)(image + eh->e_shoff);
  const char *shstr = (const char *)image + sh[eh->e_shstrndx].sh_offset;
  int have_debug_info = 0, have_marker = 0;
  for (int i = 0; i < eh->e_shnum; i++) {
    if (strcmp(shstr + sh[i].sh_name, ".debug_info") == 0)
      have_debug_info = 1;
    if (sh[i].sh_type != SHT_SYMTAB)
      continue;
    const ElfW(Sym) *sym = (const ElfW(Sym) *)(image + sh[i].sh_offset);
    const char *str = (const char *)image + sh[sh[i].sh_link].sh_offset;
    for (size_t j = 0; j < sh[i].sh_size / sizeof *sym; j++)
      if (strcmp(str + sym[j].st_name, "marker_fn") == 0)
        have_marker = 1;
  }
  CHECK_MSG(have_marker, "marker_fn is not in .symtab: the symbol table was stripped");
  CHECK_MSG(!have_debug_info, ".debug_info survived --strip-debug");
  return 0;
}
