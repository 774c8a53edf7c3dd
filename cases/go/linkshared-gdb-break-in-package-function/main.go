package main

import (
	"fmt"
	"greet"
)

func main() {
	fmt.Println(greet.Hello("gdb"))
}
