package main

import (
	"example.com/repo/pkg"
	"fmt"
)

func main() { fmt.Println(pkg.Greeting()) }
