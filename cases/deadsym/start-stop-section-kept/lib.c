/* A registry in a section whose name is a C identifier: ld defines
 * __start_dsoconf_set / __stop_dsoconf_set around it. Nothing refers to the
 * entries by name; the code walks them through the start/stop symbols. */
struct entry { int value; };

/* aligned() pins each entry's alignment to the type's: without it GCC may
 * over-align small objects (it does on AArch64), leaving gaps in the array. */
#define REGISTER(name, v)                                                    \
  __attribute__((used, section("dsoconf_set"), aligned(__alignof__(struct entry)))) \
  static const struct entry name = {v}

REGISTER(e1, 1);
REGISTER(e2, 20);
REGISTER(e3, 300);

extern const struct entry __start_dsoconf_set[] __attribute__((weak, visibility("hidden")));
extern const struct entry __stop_dsoconf_set[] __attribute__((weak, visibility("hidden")));

int registry_count(void) { return (int)(__stop_dsoconf_set - __start_dsoconf_set); }

int registry_sum(void) {
  int s = 0;
  for (const struct entry *e = __start_dsoconf_set; e < __stop_dsoconf_set; e++) s += e->value;
  return s;
}
