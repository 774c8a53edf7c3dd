#include <string>
#include <vector>
std::string make_string(void);            /* returned by value from libmake.so */
std::vector<int> make_vector(int n);      /* 1..n */
void sink(std::string &&s, std::vector<int> &&v); /* moves both into locals: their buffers are freed in libsink.so */
