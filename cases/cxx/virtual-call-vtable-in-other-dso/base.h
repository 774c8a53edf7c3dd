#include <string>
struct animal {
  virtual ~animal();                 /* key function: vtable for animal lives in libbase.so */
  virtual std::string name() const;  /* "base" */
  virtual int weight() const;        /* 1 */
  std::string describe() const;      /* name() + "/" + weight(), dispatched virtually */
};
animal *make_derived(void);          /* libderived.so: overrides name() only */
