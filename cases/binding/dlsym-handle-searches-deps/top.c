int bottom_value(void);
int top_value(void) { return bottom_value() + 1; }
