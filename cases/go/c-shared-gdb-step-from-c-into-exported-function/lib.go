package main

import "C"

//export GoAdd
func GoAdd(a, b C.int) C.int {
	s := a + b
	return s
}

func main() {}
