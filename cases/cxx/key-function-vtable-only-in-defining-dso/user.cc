#include "widget.h"
Widget *user_make(void) { return new Widget; } /* inline constructor: stores &_ZTV6Widget[2] */
