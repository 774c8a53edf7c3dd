/* libouter.so has libinner.so in its DT_NEEDED. */
int inner_value(void);
int outer_value(void) { return inner_value() * 10; }
