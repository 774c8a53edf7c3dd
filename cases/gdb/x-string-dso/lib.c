int lib_counter;
const char lib_greeting[] = "hello from libsym";

int lib_add(int a, int b)
{
  lib_counter++;
  return a + b;
}
