/* The functions have default visibility; the version script makes everything
 * but api_get local, which takes orphan_fn out of the GC roots of a shared
 * library. The markers are static so that each is reached only from its
 * function's own section (global data would be reached through a GOT/TOC
 * entry, and ppc64's .toc is one section per object, kept for api_get). */
static const char kept_note[] = "DSOCONF-KEPT-BY-API";
static const char orphan_note[] = "DSOCONF-ORPHAN";

int orphan_fn(int i) { return orphan_note[i]; }   /* global in C, local after the script */
int api_get(int i) { return kept_note[i]; }
