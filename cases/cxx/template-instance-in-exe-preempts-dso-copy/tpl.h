void note_running_copy(void *pc); /* in the executable: records which module the code runs in */
template <class T> __attribute__((noinline)) T twice(T x) { /* calls stay calls (through the PLT in the DSO) */
running:
  note_running_copy(&&running); /* GNU labels as values: an address inside the copy that runs */
  return x + x;
}
void *lib_twice_addr(void);
int lib_call(int x);
