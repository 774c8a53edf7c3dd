package main

import "fmt"

type T struct{ a, b int }

//go:noinline
func load(p *T) int { return p.b }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *T
	fmt.Println("not reached", load(p))
}
