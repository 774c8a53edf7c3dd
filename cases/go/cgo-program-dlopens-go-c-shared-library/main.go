package main

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stddef.h>

static int call_add(int a, int b, const char **err) {
	void *h = dlopen("./libgoadd.so", RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) { *err = dlerror(); return -1; }
	int (*add)(int, int) = (int (*)(int, int))dlsym(h, "GoAdd");
	if (add == NULL) { *err = dlerror(); return -1; }
	return add(a, b);   // the library's own Go runtime runs this
}
*/
import "C"

import (
	"fmt"
	"os"
)

func main() {
	var err *C.char
	r := C.call_add(2, 3, &err)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dlopen/dlsym:", C.GoString(err))
		os.Exit(1)
	}
	fmt.Printf("library says 2+3=%d\n", r)
}
