#include <typeinfo>
/* Every member inline, no key function: plugin and main each emit _ZTI10plugin_err (vague linkage). */
struct plugin_err {
  int code;
  explicit plugin_err(int c) : code(c) {}
  virtual ~plugin_err() {}
  virtual int get() const { return code; }
};
