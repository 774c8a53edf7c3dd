#include <stdio.h>
#include <unistd.h>
int main(void) { sleep(@SLEEP@); puts("@OUTPUT@"); return 0; }
