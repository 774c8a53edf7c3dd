#include <typeinfo>
#define API __attribute__((visibility("default")))
/* All inline, no key function: lib and exe each emit _ZTI10hidden_err, both hidden. */
struct hidden_err {
  virtual ~hidden_err() {}
  virtual int code() const { return 5; }
};
API const std::type_info *lib_ti(void);
API void lib_throw(void);
