package main

/*
static __thread int lib_tls;   // the library's own C TLS (general dynamic: -fPIC)
static void set_lib_tls(int v) { lib_tls = v; }
static int get_lib_tls(void) { return lib_tls; }
*/
import "C"

// GoTLS sets this thread's library TLS to v (if v != 0) and returns it; Go code runs on
// whatever goroutine the runtime gives the calling thread (found through its g slot).
//
//export GoTLS
func GoTLS(v C.int) C.int {
	if v != 0 {
		C.set_lib_tls(v)
	}
	return C.get_lib_tls()
}

//export GoAnswer
func GoAnswer() C.int { return 33 }

func main() {}
