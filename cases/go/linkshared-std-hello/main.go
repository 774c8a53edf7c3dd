package main

import (
	"fmt"
	"strings"
)

func main() { fmt.Println(strings.Repeat("ab", 3), "from libstd.so") }
