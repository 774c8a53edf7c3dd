package main

import (
	"fmt"
	"reflect"
	"shape"
)

func main() {
	v := shape.New(3)
	_, ok := v.(shape.Square)
	fmt.Println("assert", ok)
	switch v.(type) {
	case shape.Area:
		fmt.Println("switch square")
	default:
		fmt.Println("switch other")
	}
	fmt.Println("reflect", reflect.TypeOf(v) == reflect.TypeOf(shape.Square{}))
	m := map[any]int{}
	m[shape.Key()]++
	m[struct{ K shape.Square }{shape.Square{1}}]++ // the same type, made here: the same key
	fmt.Println("map", len(m))
}
