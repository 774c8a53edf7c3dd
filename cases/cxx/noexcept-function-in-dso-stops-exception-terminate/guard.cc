#ifndef NOEXCEPT
#define NOEXCEPT noexcept
#endif
void thrower(int v); /* in libthrow.so: may throw, the compiler cannot see that it does */
void guarded(int v) NOEXCEPT { thrower(v); }
