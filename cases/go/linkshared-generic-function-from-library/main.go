package main

import (
	"fmt"
	"gen"
)

type letter string

func main() {
	fmt.Println("map", gen.Map([]int{1, 2, 3}, func(x int) int { return 2 * x }))
	var s gen.Stack[letter]
	for _, l := range []letter{"a", "b", "c"} {
		s.Push(l)
	}
	fmt.Println("stack", s.Pop(), s.Pop())
	xs := []int{1, 2, 3}
	fmt.Println("sum", gen.Sum(xs), gen.SumInts(xs))
}
