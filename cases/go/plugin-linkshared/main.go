package main

import (
	"fmt"
	"os"
	"plugin"
)

func main() {
	p, err := plugin.Open("./shout.so")
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	f, err := p.Lookup("Shout")
	if err != nil {
		fmt.Println("lookup:", err)
		os.Exit(1)
	}
	fmt.Println(f.(func(string) string)("shared plugin"))
}
