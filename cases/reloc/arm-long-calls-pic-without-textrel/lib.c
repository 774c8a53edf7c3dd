/* Built with -fPIC -mlong-calls: the call to ext_add (in another DSO) must
   load the callee's address position-independently (GOT or PC-relative
   literal), never as an absolute address patched into .text. */
int ext_add(int x);
int call_ext(int x) { return ext_add(x) + 1; }
