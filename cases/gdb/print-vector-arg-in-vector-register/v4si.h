/* GCC/Clang generic vector: 16 bytes, passed in a vector register where the
   ABI has them (xmm, v, VR), else in core registers or memory. */
typedef int v4si __attribute__((vector_size(16)));

v4si lib_vadd(v4si a, v4si b);
