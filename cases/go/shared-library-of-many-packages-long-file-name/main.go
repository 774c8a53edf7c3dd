package main

import (
	"fmt"

	"averyveryverylongpackagename00"
	"averyveryverylongpackagename01"
	"averyveryverylongpackagename02"
	"averyveryverylongpackagename03"
	"averyveryverylongpackagename04"
	"averyveryverylongpackagename05"
	"averyveryverylongpackagename06"
	"averyveryverylongpackagename07"
	"averyveryverylongpackagename08"
	"averyveryverylongpackagename09"
)

func main() {
	fmt.Println("sum", 0+averyveryverylongpackagename00.N()+averyveryverylongpackagename01.N()+averyveryverylongpackagename02.N()+averyveryverylongpackagename03.N()+averyveryverylongpackagename04.N()+averyveryverylongpackagename05.N()+averyveryverylongpackagename06.N()+averyveryverylongpackagename07.N()+averyveryverylongpackagename08.N()+averyveryverylongpackagename09.N())
}
