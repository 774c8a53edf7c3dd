package main

// The C side of this package is compiled with the warnings a strict C project uses;
// cgo's generated C for the //export below is compiled with them too.

// #cgo CFLAGS: -Wall -Wextra -Werror
import "C"

//export GoAdd
func GoAdd(a, b C.int) C.int { return a + b }

func main() {}
