//go:build v2

package greet

func Hello() string { return "v2" }

func Added() int { return 2 } // the exported API changed: a new ABI hash
