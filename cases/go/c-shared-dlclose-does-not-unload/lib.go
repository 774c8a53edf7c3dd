package main

import "C"

//export GoAlive
func GoAlive() C.int { return 7 }

func main() {}
