/* Built with -fPIC: takes pick's address through a GOT entry. */
int pick(void);

int (*pick_via_got(void))(void) { return pick; }
