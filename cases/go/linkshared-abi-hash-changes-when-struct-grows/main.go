package main

import (
	"fmt"
	"greet"
)

func main() {
	pts := []greet.Point{{X: 1, Y: 2}, {X: 3, Y: 4}}
	fmt.Println("sum", pts[0].Sum()+pts[1].Sum())
}
