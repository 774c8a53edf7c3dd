/* A small check.h of the case's own (reduce keeps a case's check.h). */
#ifndef DEMO_CHECK_H
#define DEMO_CHECK_H
#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (!(cond)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      exit(1);                                                               \
    }                                                                        \
  } while (0)

#define CHECK_EQ_INT(a, b)                                                   \
  do {                                                                       \
    long long check_a_ = (long long)(a), check_b_ = (long long)(b);          \
    if (check_a_ != check_b_) {                                              \
      fprintf(stderr, "%s:%d: CHECK failed: %s == %s (%lld != %lld)\n",      \
              __FILE__, __LINE__, #a, #b, check_a_, check_b_);               \
      exit(1);                                                               \
    }                                                                        \
  } while (0)

#define CHECK_NOT_NULL(p) CHECK((p) != NULL)
#endif
