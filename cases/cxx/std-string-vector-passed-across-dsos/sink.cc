#include <cstdio>
#include <utility>
#include "api.h"
void sink(std::string &&s, std::vector<int> &&v) {
  /* Take the buffers allocated in libmake.so/the executable; they are freed here on return. */
  std::string mine = std::move(s);
  std::vector<int> nums = std::move(v);
  long sum = 0;
  for (int x : nums) sum += x;
  std::printf("sink: '%s' sum=%ld n=%zu\n", mine.c_str(), sum, nums.size());
}
