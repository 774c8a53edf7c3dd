// Package initlog records the order in which init functions and main run.
package initlog

var order []string

func init() { order = append(order, "initlog.init") }

// Add appends an event.
//
//go:noinline
func Add(s string) { order = append(order, s) }

// Order returns the events so far.
//
//go:noinline
func Order() []string { return order }
