/* Compiled for POWER9: reads `base` through the TOC pointer r2, which its
   global entry point derives from r12 and its local entry point assumes set. */
int base = 1000;

int toc_user(int x) { return x + base; }
