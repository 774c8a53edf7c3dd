/* liba has its own TOC. A call to get_b in libb goes through a PLT stub that saves
   r2; the caller must restore it (the nop after the bl) before reading a_base. */
static int a_base = 1000;

int get_b(int i);

int get_a(int i) {
  int b = get_b(i);           /* cross-DSO: PLT stub, TOC save/restore on ppc64le */
  return a_base + b;          /* TOC-relative load with liba's r2 */
}
