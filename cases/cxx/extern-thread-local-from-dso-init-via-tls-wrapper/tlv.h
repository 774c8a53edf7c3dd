struct counter {
  int v;
  counter(); /* not constexpr, defined in the DSO: tl_counter needs dynamic initialisation */
};
extern thread_local counter tl_counter;
extern "C" counter *lib_counter_addr(void);
extern "C" int lib_ctors(void);
