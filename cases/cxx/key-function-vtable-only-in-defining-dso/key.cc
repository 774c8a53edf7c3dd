#include "widget.h"
#ifndef NO_KEY
int Widget::second() const { return 20; }
#endif
Widget *key_make(void) { return new Widget; }
