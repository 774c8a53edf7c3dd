package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buf struct{ n [64]int }

var pool = sync.Pool{New: func() any { return new(buf) }}

func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		b := pool.Get().(*buf)
		b.n[0] = i
		sum += b.n[0]
		pool.Put(b)
		if i%100 == 0 {
			runtime.GC() // clears the pool: poolCleanup runs inside the GC
		}
	}
	fmt.Println("rounds", 1000, "sum", sum)
}
