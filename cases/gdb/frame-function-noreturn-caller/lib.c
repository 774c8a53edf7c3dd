_Noreturn void die(int code);

/* The call to the noreturn die() is lib_fail's last instruction: the
   return address in lib_fail's frame is the first byte after lib_fail. */
void lib_fail(int code)
{
  die(code + 1);
}
