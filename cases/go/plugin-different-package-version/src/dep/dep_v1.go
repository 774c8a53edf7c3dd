//go:build !v2

package dep

func Version() int { return 1 }
