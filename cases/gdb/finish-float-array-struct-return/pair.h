/* Two doubles in an array member: a homogeneous floating-point aggregate
   (AAPCS64 HFA, ELFv2 "homogeneous aggregate", x86-64 class SSE/SSE). */
struct dpair { double d[2]; };

struct dpair lib_make_pair(double base);
