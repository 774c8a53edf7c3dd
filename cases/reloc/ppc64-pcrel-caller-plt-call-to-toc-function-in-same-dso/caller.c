/* Compiled for POWER10 (-mpcrel): no TOC pointer; the call to the preemptible
   toc_user goes through the PLT with `bl toc_user@notoc` (R_PPC64_REL24_NOTOC). */
int toc_user(int x);

int pcrel_entry(int x) { return toc_user(x) + 1; }
