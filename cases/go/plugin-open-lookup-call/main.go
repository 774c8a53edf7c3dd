package main

import (
	"fmt"
	"os"
	"plugin"
)

func main() {
	p, err := plugin.Open("./greeter.so")
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	v, err := p.Lookup("Greeting")
	if err != nil {
		fmt.Println("lookup Greeting:", err)
		os.Exit(1)
	}
	*v.(*string) = "hi" // the plugin's variable, written through the symbol
	f, err := p.Lookup("Greet")
	if err != nil {
		fmt.Println("lookup Greet:", err)
		os.Exit(1)
	}
	fmt.Println(f.(func(string) string)("plugin"))
	if _, err := p.Lookup("Missing"); err == nil {
		fmt.Println("Missing found?")
		os.Exit(1)
	}
}
