package main

import (
	"fmt"
	"greet"
)

func main() {
	n := 42
	fmt.Println("load", greet.Load(&n))
}
