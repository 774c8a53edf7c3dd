_Noreturn void die(int code);

/* The call to the noreturn die() is lib_fail's last instruction and, with
   nothing after lib_fail in the library's .text, its return address is the
   first byte past .text. */
void lib_fail(void)
{
  die(3);
}
