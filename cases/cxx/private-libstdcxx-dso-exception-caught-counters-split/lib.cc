#include <exception>
#include <stdexcept>
#include <string>
/* Uses this DSO's private libstdc++: __cxa_allocate_exception, __cxa_throw, _ZTISt13runtime_error. */
void lib_throw(int v) { throw std::runtime_error("thrown with a private runtime " + std::to_string(v)); }
int lib_uncaught(void) { return std::uncaught_exceptions(); }
