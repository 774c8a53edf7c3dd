package greet

func Hello() string { return "hello" }

// unused is called by nothing in this package and is not exported.
func unused() int { return 42 }
