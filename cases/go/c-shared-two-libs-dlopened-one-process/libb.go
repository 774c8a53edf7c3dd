package main

import "C"

//export GoB
func GoB() C.int { return 2 }

func main() {}
