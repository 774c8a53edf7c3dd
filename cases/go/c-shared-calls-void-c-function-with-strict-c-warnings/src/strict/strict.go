// Package strict compiles its C with the warnings a strict C project uses;
// cgo's generated C for the calls below is compiled with them too.
package strict

// #cgo CFLAGS: -Wall -Wextra -Werror
// static int ticks;
// void strict_tick(void) { ticks++; }
// int strict_ticks(void) { return ticks; }
import "C"

// Tick calls a C function that takes and returns nothing, then reads the count.
func Tick() int {
	C.strict_tick()
	return int(C.strict_ticks())
}
