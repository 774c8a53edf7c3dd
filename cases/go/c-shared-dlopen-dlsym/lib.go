package main

import "C"
import "strings"

//export GoUpperLen
func GoUpperLen(s *C.char) C.int {
	return C.int(len(strings.ToUpper(C.GoString(s))))
}

func main() {}
