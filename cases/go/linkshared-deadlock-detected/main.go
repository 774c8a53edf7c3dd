package main

import "fmt"

func main() {
	fmt.Println("blocking on a channel nobody sends to")
	ch := make(chan int)
	<-ch // no other goroutine exists: the runtime must report a deadlock
}
