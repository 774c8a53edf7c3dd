// Package greet is built into its own Go shared library, libgreet.so.
package greet

// Hello returns a greeting for name.
//
//go:noinline
func Hello(name string) string {
	return "hello, " + name
}
