package main

import (
	"cadd"
	"fmt"
)

func main() { fmt.Println("cadd", cadd.Add(20, 22)) }
