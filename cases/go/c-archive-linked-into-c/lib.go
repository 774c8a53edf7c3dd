package main

import "C"
import "fmt"

//export GoFormat
func GoFormat(n C.int) *C.char { return C.CString(fmt.Sprintf("n=%03d", int(n))) }

func main() {}
