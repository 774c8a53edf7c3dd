package main

import (
	"fmt"
	"greet"
)

func main() { fmt.Println("answer", greet.Answer()) }
