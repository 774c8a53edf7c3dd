int plug_only(void) { return 8; }
