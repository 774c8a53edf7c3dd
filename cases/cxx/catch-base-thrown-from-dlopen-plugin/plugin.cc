#include "base.h"
/* Derived only in the plugin: its type_info (an __si_class_type_info naming base_error) lives here. */
struct plugin_error : base_error {
  explicit plugin_error(int c) : base_error(c) {}
  ~plugin_error() override;
  int value() const override;
};
plugin_error::~plugin_error() {}
int plugin_error::value() const { return code + 10; }

extern "C" void plugin_fail(int c) { throw plugin_error(c); }
