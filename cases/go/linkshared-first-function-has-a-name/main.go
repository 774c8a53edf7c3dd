package main

import (
	"fmt"
	"runtime"
)

// first is the first function of this package, so the linker puts it first in
// the executable's own text and function tables (offset 0 of its name table).
//
//go:noinline
func first() uintptr {
	pc, _, _, _ := runtime.Caller(0)
	return pc
}

func main() {
	pc := first()
	fmt.Printf("FuncForPC: %q\n", runtime.FuncForPC(pc).Name())
	frame, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	fmt.Printf("CallersFrames: %q\n", frame.Function)
}
