/* Referenced from nowhere but the IFUNC resolver in dispatch.c. */
int prefer_fast = 1;
