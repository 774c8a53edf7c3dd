__thread int a_pub = 100;   /* used by a.o (descriptors) */
__thread int b_pub = 200;   /* used by b.o (traditional) */
