package main

import (
	"fmt"
	"initlog"
	"strings"
)

func init() { initlog.Add("main.init") }

func main() {
	initlog.Add("main.main")
	fmt.Println(strings.Join(initlog.Order(), ","))
}
