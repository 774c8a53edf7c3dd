//go:build gccgo

// Package vdsoprobe: gccgo's runtime has no vDSO lookup of its own (libc's clock_gettime).
package vdsoprobe

// Found is -1: not applicable.
func Found() int { return -1 }
