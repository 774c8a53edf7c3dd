#include <stdio.h>
int tool_value = 7;
int main(void) { puts("tool main"); return 0; }
