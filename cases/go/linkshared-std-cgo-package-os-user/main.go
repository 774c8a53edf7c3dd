package main

import (
	"fmt"
	"os"
	"os/user"
)

func main() {
	u, err := user.LookupId("0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("uid 0 is", u.Username)
}
