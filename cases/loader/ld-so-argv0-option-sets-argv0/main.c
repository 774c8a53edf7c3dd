#include <stdio.h>

int main(int argc, char **argv) {
  (void)argc;
  printf("argv[0]=%s\n", argv[0]);
  return 0;
}
