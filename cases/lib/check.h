/* check.h - assertions for dsoconf test programs.
 *
 * Exit codes follow the automake/glibc convention the harness decodes:
 *   0  pass, 77 unsupported (reason on stderr), anything else fail.
 * Every failed check prints "file:line: CHECK failed: <expr>" and the values
 * involved to stderr, then exits 1.
 */
#ifndef DSOCONF_CHECK_H
#define DSOCONF_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define CHECK_EXIT_FAIL 1
#define CHECK_EXIT_UNSUPPORTED 77

#define CHECK_FAIL_(...)                                                     \
  do {                                                                       \
    fprintf(stderr, "%s:%d: CHECK failed: ", __FILE__, __LINE__);            \
    fprintf(stderr, __VA_ARGS__);                                            \
    fputc('\n', stderr);                                                     \
    fflush(NULL);                                                            \
    exit(CHECK_EXIT_FAIL);                                                   \
  } while (0)

/* CHECK(cond): cond must be true. */
#define CHECK(cond)                                                          \
  do {                                                                       \
    if (!(cond)) CHECK_FAIL_("%s", #cond);                                   \
  } while (0)

/* CHECK_MSG(cond, fmt, ...): like CHECK, with an explanation. */
#define CHECK_MSG(cond, ...)                                                 \
  do {                                                                       \
    if (!(cond)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                          \
      fputc('\n', stderr);                                                   \
      fflush(NULL);                                                          \
      exit(CHECK_EXIT_FAIL);                                                 \
    }                                                                        \
  } while (0)

/* CHECK_EQ_INT(a, b): integer equality, both values printed on failure. */
#define CHECK_EQ_INT(a, b)                                                   \
  do {                                                                       \
    long long check_a_ = (long long)(a), check_b_ = (long long)(b);          \
    if (check_a_ != check_b_)                                                \
      CHECK_FAIL_("%s == %s (%lld != %lld)", #a, #b, check_a_, check_b_);    \
  } while (0)

/* CHECK_NE_INT(a, b): integer inequality. */
#define CHECK_NE_INT(a, b)                                                   \
  do {                                                                       \
    long long check_a_ = (long long)(a), check_b_ = (long long)(b);          \
    if (check_a_ == check_b_)                                                \
      CHECK_FAIL_("%s != %s (both %lld)", #a, #b, check_a_);                 \
  } while (0)

/* CHECK_EQ_UINT(a, b): unsigned equality, printed in hex. */
#define CHECK_EQ_UINT(a, b)                                                  \
  do {                                                                       \
    unsigned long long check_a_ = (unsigned long long)(a);                   \
    unsigned long long check_b_ = (unsigned long long)(b);                   \
    if (check_a_ != check_b_)                                                \
      CHECK_FAIL_("%s == %s (%#llx != %#llx)", #a, #b, check_a_, check_b_);  \
  } while (0)

/* CHECK_EQ_PTR / CHECK_NE_PTR: pointer (in)equality. */
#define CHECK_EQ_PTR(a, b)                                                   \
  do {                                                                       \
    const void *check_a_ = (const void *)(a), *check_b_ = (const void *)(b); \
    if (check_a_ != check_b_)                                                \
      CHECK_FAIL_("%s == %s (%p != %p)", #a, #b, check_a_, check_b_);        \
  } while (0)

#define CHECK_NE_PTR(a, b)                                                   \
  do {                                                                       \
    const void *check_a_ = (const void *)(a), *check_b_ = (const void *)(b); \
    if (check_a_ == check_b_)                                                \
      CHECK_FAIL_("%s != %s (both %p)", #a, #b, check_a_);                   \
  } while (0)

/* CHECK_NOT_NULL(p) / CHECK_NULL(p). */
#define CHECK_NOT_NULL(p) CHECK_NE_PTR((p), NULL)
#define CHECK_NULL(p) CHECK_EQ_PTR((p), NULL)

/* CHECK_EQ_STR(a, b): string equality (NULL is printed as "(null)"). */
#define CHECK_EQ_STR(a, b)                                                   \
  do {                                                                       \
    const char *check_a_ = (a), *check_b_ = (b);                             \
    if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0)           \
      CHECK_FAIL_("%s == %s (\"%s\" != \"%s\")", #a, #b,                     \
                  check_a_ ? check_a_ : "(null)",                            \
                  check_b_ ? check_b_ : "(null)");                           \
  } while (0)

/* CHECK_ALIGNED(p, n): address p is a multiple of n. */
#define CHECK_ALIGNED(p, n)                                                  \
  do {                                                                       \
    unsigned long long check_p_ = (unsigned long long)(uintptr_t)(p);        \
    unsigned long long check_n_ = (unsigned long long)(n);                   \
    if (check_p_ % check_n_ != 0)                                            \
      CHECK_FAIL_("%s aligned to %s (%#llx %% %llu = %llu)", #p, #n,         \
                  check_p_, check_n_, check_p_ % check_n_);                  \
  } while (0)

/* UNSUPPORTED(fmt, ...): this program cannot test its behaviour here. Exit 77. */
#define UNSUPPORTED(...)                                                     \
  do {                                                                       \
    fprintf(stderr, "UNSUPPORTED: ");                                        \
    fprintf(stderr, __VA_ARGS__);                                            \
    fputc('\n', stderr);                                                     \
    fflush(NULL);                                                            \
    exit(CHECK_EXIT_UNSUPPORTED);                                            \
  } while (0)

/* Coverage builds (`harness run --coverage` defines DSOCONF_COVERAGE): gcov writes its counts at
 * exit(), so a process that ends with _exit() -- a forked child, say -- would lose them and its
 * CHECKs would look never executed. Dump them first. No effect on ordinary builds. */
#ifdef DSOCONF_COVERAGE
void __gcov_dump(void);
void _exit(int) __attribute__((__noreturn__));
static inline __attribute__((__noreturn__, __unused__)) void dsoconf_coverage_exit_(int status) {
  __gcov_dump();
  _exit(status);
}
/* A later <unistd.h> then redeclares dsoconf_coverage_exit_, which is harmless. */
#define _exit(status) dsoconf_coverage_exit_(status)
#endif

#endif /* DSOCONF_CHECK_H */
