/* Built with -nostdlib: no libc in each new namespace, so only the namespace limit applies
 * (not the static TLS surplus that a second libc per namespace would use up). */
static int counter;
int ns_bump(void) { return ++counter; }
