package main

import "C"

import (
	"fmt"
	"path/filepath"
	"runtime"
)

// GoWhere reports runtime.Caller(0): the function, file and line of the call itself.
//
//export GoWhere
func GoWhere() *C.char {
	pc, file, line, ok := runtime.Caller(0) // line 15
	if !ok {
		return C.CString("runtime.Caller failed")
	}
	return C.CString(fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), filepath.Base(file), line))
}

func main() {}
