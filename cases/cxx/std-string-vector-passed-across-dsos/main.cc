#include <utility>
#include "api.h"
int main() {
  std::string s = make_string();
  s += ", grown in the executable past the SSO buffer"; /* reallocates outside libmake */
  std::vector<int> v = make_vector(60);
  for (int i = 61; i <= 100; i++) v.push_back(i);      /* reallocates outside libmake */
  sink(std::move(s), std::move(v));
  return 0;
}
