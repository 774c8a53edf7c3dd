/* The DSO also exports abs_marker, defined by the link (-Wl,--defsym) as the
   absolute value 0x1234: an SHN_ABS symbol, not an address inside the DSO. */
int lib_fn(void) { return 1; }
