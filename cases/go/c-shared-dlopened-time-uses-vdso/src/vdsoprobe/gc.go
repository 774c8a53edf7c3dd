//go:build gc

// Package vdsoprobe tells whether the gc runtime resolved __vdso_clock_gettime.
package vdsoprobe

import _ "unsafe" // go:linkname

//go:linkname vdsoClockgettimeSym runtime.vdsoClockgettimeSym
var vdsoClockgettimeSym uintptr

// Found is 1 if the runtime uses the vDSO's clock_gettime, 0 if not, -1 if unknown.
func Found() int {
	if vdsoClockgettimeSym != 0 {
		return 1
	}
	return 0
}
