package main

import "C"
import (
	"fmt"
	"os"
	"strings"
)

// GoArgs describes os.Args (C owns the returned string).
//
//export GoArgs
func GoArgs() *C.char {
	if len(os.Args) == 0 {
		return C.CString("len(os.Args)=0")
	}
	return C.CString(fmt.Sprintf("len(os.Args)=%d os.Args[1:]=%s", len(os.Args), strings.Join(os.Args[1:], "|")))
}

func main() {}
