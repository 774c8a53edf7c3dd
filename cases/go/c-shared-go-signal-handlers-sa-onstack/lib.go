package main

import "C"

//export GoReady
func GoReady() C.int { return 1 }

func main() {}
