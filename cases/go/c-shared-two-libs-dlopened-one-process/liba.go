package main

import "C"

//export GoA
func GoA() C.int { return 1 }

func main() {}
