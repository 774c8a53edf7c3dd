#include <mutex>
extern std::once_flag init_flag; /* defined in libflag.so */
void throwing_call(void);       /* libthrowing.so: call_once with a callable that throws */
void returning_call(void);      /* libreturning.so: call_once with a callable that returns */
extern int throwing_runs, returning_runs;
