package main

/*
extern int host_counter;   // defined in the C program, resolved at load time
*/
import "C"

//export GoBump
func GoBump(by C.int) C.int {
	C.host_counter += by
	return C.host_counter
}

func main() {}
