package main

// cgo compiles the C it generates for this package (the _cgo_main.c it links
// to find the package's C imports, too) with the package's CFLAGS.

// #cgo CFLAGS: -Wold-style-definition -Werror
import "C"

//export GoTwice
func GoTwice(x C.int) C.int { return 2 * x }

func main() {}
