/* Compiled with -fvisibility=hidden: only what is marked default is exported. */
#define API __attribute__((visibility("default")))

int helper_scale = 3;                       /* hidden by the command-line default */
int helper_mul(int x) { return x * helper_scale; }

API int api_version = 2;
API int api_compute(int x) { return helper_mul(x) + api_version; }
