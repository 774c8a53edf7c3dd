package main

import "C"
import (
	"os"
	"strings"
)

// GoArgs returns os.Args joined by '|' (C owns the returned string).
//
//export GoArgs
func GoArgs() *C.char { return C.CString(strings.Join(os.Args[1:], "|")) }

func main() {}
