inline int *plugin_counter() {
  static int counter; /* g++: STB_GNU_UNIQUE _ZZ14plugin_countervE7counter */
  return &counter;
}
extern "C" int plugin_bump() { return ++*plugin_counter(); }
