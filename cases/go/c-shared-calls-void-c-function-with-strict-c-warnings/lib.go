package main

import "C"

import "strict"

//export GoTick
func GoTick() C.int { return C.int(strict.Tick()) }

func main() {}
