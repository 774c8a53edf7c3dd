void lib_poke(void);

int main(void) {
  lib_poke();
  return 0;
}
