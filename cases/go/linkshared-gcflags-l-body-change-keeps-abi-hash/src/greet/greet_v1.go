//go:build !v2

// The //line directive gives v1 and v2 the same file name in positions (the export data records them).
//line greet.go:1
package greet

func Answer() int { return 41 }
