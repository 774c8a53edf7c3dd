#include "base.h"
struct dog : animal {
  ~dog() override;
  std::string name() const override;
};
dog::~dog() {}
std::string dog::name() const { return "derived"; }
animal *make_derived(void) { return new dog; }
