package cadd

// static int c_add(int a, int b) { return a + b; }
import "C"

func Add(a, b int) int { return int(C.c_add(C.int(a), C.int(b))) }
