#include <typeinfo>
#define API __attribute__((visibility("default")))
#ifdef LIB_ANON
namespace {
#endif
/* No key function: each module emits its own (hidden) _ZTI/_ZTS. */
struct Alpha {
  virtual ~Alpha() {}
};
struct Beta {
  virtual ~Beta() {}
};
#ifdef LIB_ANON
}
#endif
API const std::type_info &lib_alpha(void);
API const std::type_info &lib_beta(void);
