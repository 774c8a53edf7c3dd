//go:build !v2

// The //line directives give v1 and v2 the same positions (the export data records them).
//line greet.go:1
package greet

//line greet.go:10
//go:noinline
func Answer() int { return 42 }
