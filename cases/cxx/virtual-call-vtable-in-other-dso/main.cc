#include <cstdio>
#include "base.h"
struct cat : animal {
  std::string name() const override { return "exe"; }
  int weight() const override { return 3; }
};
int main() {
  animal *a[3] = {new animal, make_derived(), new cat};
  const char *who[3] = {"base", "derived", "exe"};
  for (int i = 0; i < 3; i++) {
    std::printf("%s: %s\n", who[i], a[i]->describe().c_str());
    delete a[i]; /* virtual destructor: each deleting destructor lives in its own module */
  }
  return 0;
}
