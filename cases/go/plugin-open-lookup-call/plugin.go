package main

import "fmt"

var Greeting = "hello"

func Greet(name string) string { return fmt.Sprintf("%s, %s", Greeting, name) }
