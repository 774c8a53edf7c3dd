package main

import "C"
import (
	"time"
	"vdsoprobe"
)

//export GoVdso
func GoVdso() C.int { return C.int(vdsoprobe.Found()) }

//export GoUnixNano
func GoUnixNano() C.longlong { return C.longlong(time.Now().UnixNano()) }

// GoElapsedNs measures a 20 ms sleep with time.Now/time.Since (monotonic reading).
//
//export GoElapsedNs
func GoElapsedNs() C.longlong {
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	return C.longlong(time.Since(t0))
}

func main() {}
