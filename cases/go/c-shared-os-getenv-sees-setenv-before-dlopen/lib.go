package main

import "C"
import "os"

// GoGetenv returns os.Getenv(name) (C owns the returned string).
//
//export GoGetenv
func GoGetenv(name *C.char) *C.char { return C.CString(os.Getenv(C.GoString(name))) }

func main() {}
