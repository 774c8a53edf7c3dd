package main

import (
	"debug/elf"
	"fmt"
	"greet"
	"os"
	"runtime"
)

// has reports whether file's .dynsym has name, defined (or undefined when defined is false).
func has(file, name string, defined bool) bool {
	f, err := elf.Open(file)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	syms, err := f.DynamicSymbols()
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	for _, s := range syms {
		if s.Name == name && (s.Section != elf.SHN_UNDEF) == defined {
			return true
		}
	}
	return false
}

func main() {
	_ = greet.Hello()
	lib := "pkg/linux_" + runtime.GOARCH + "_dynlink/libgreet.so"
	fmt.Println("libgreet.so defines go.link.abihash.libgreet.so:", has(lib, "go.link.abihash.libgreet.so", true))
	fmt.Println("libgreet.so needs go.link.abihash.libstd.so:", has(lib, "go.link.abihash.libstd.so", false))
	fmt.Println("main needs go.link.abihash.libgreet.so:", has(os.Args[0], "go.link.abihash.libgreet.so", false))
}
