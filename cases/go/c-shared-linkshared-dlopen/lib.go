package main

import "C"

//export GoTwice
func GoTwice(v C.int) C.int { return 2 * v }

func main() {}
