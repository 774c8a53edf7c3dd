#include <exception>
struct lib_failure {
  int code;
  explicit lib_failure(int c) : code(c) {}
  virtual ~lib_failure();          /* key function in lib.cc: type_info only in libcap.so */
};
std::exception_ptr lib_capture(int code); /* throws inside the DSO, returns current_exception() */
const lib_failure *lib_last_seen(void);    /* address of the object the DSO's handler saw */
