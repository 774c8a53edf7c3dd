#include <cstdio>
#include "widget.h"
int main() {
  Widget *k = key_make(), *u = user_make();
  bool same = *(void **)k == *(void **)u;
  std::printf("same vptr: %s; calls: %d+%d+%d=%d\n", same ? "yes" : "no", u->first(), u->second(), u->third(),
              u->first() + u->second() + u->third());
  return 0;
}
