#include "base.h"
animal::~animal() {}
std::string animal::name() const { return "base"; }
int animal::weight() const { return 1; }
std::string animal::describe() const { return name() + "/" + std::to_string(weight()); }
