#include <cstdio>
#include <map>
#include <string>
#include <typeindex>
#include "types.h"

static const char *yn(bool b) { return b ? "yes" : "no"; }

int main() {
  const std::type_info &ea = typeid(Alpha), &eb = typeid(Beta);
  const std::type_info &la = lib_alpha(), &lb = lib_beta();
  bool distinct = &ea != &la && &eb != &lb;
  bool hash = ea.hash_code() == la.hash_code() && eb.hash_code() == lb.hash_code();
  std::map<std::type_index, std::string> names{{std::type_index(ea), "alpha"}, {std::type_index(eb), "beta"}};
  auto it = names.find(std::type_index(lb));
  std::printf("distinct objects: %s; hash equal: %s; same type before: %s/%s; Beta before Alpha: exe/lib=%s lib/exe=%s; "
              "Alpha before Beta: %s; type_index lookup: %s\n",
              yn(distinct), yn(hash), yn(ea.before(la)), yn(la.before(ea)), yn(eb.before(la)), yn(lb.before(ea)),
              yn(ea.before(lb) || la.before(eb)), it == names.end() ? "missing" : it->second.c_str());
  return 0;
}
