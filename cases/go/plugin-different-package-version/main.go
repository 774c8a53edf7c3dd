package main

import (
	"dep"
	"fmt"
	"os"
	"plugin"
)

func main() {
	fmt.Println("host dep", dep.Version())
	_, err := plugin.Open("./plug.so")
	if err == nil {
		fmt.Println("plugin opened")
		return
	}
	fmt.Fprintln(os.Stderr, "open:", err)
	os.Exit(3)
}
