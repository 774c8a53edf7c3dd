#include "api.h"
std::string make_string(void) { return std::string("made in libmake"); }
std::vector<int> make_vector(int n) {
  std::vector<int> v;
  for (int i = 1; i <= n; i++) v.push_back(i);
  return v;
}
