package main

/*
typedef int (*visit_fn)(int);
static inline int call_visit(visit_fn f, int v) { return f(v); }
*/
import "C"

// GoSumVisited calls back into C for 1..n and sums what C returns: C -> Go -> C.
//
//export GoSumVisited
func GoSumVisited(f C.visit_fn, n C.int) C.int {
	var sum C.int
	for i := C.int(1); i <= n; i++ {
		sum += C.call_visit(f, i)
	}
	return sum
}

func main() {}
