package main

import (
	"debug/elf"
	"fmt"
	"greet"
	"os"
	"runtime"
)

func main() {
	fmt.Println(greet.Hello())
	// where go install -buildmode=shared put the library: gc, then gccgo
	paths := []string{
		"pkg/linux_" + runtime.GOARCH + "_dynlink/libgreet.so",
		"pkg/gccgo_linux_" + runtime.GOARCH + "_fPIC/shlibs/libgreet.so",
	}
	for _, p := range paths {
		f, err := elf.Open(p)
		if err != nil {
			continue
		}
		syms, err := f.Symbols()
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		found := false
		for _, s := range syms {
			if (s.Name == "greet.unused" || s.Name == "greet.unused.abiinternal") && // gc 1.19 names ABIInternal functions so in shared mode
				elf.ST_TYPE(s.Info) == elf.STT_FUNC && s.Section != elf.SHN_UNDEF {
				found = true
			}
		}
		fmt.Println("greet.unused kept:", found)
		return
	}
	fmt.Println("libgreet.so not found")
	os.Exit(1)
}
