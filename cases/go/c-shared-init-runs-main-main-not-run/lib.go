package main

import "C"

var initRan, mainRan C.int

func init() { initRan = 1 }

// GoState reports whether init and main.main have run: init*10 + main.
//
//export GoState
func GoState() C.int { return initRan*10 + mainRan }

func main() { mainRan = 1 } // Go's c-shared mode never calls it
