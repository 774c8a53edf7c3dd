//go:build !v2

package greet

func Hello() string { return "v1" }
