package main

import (
	"errors"
	"fmt"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type codeErr int

func (e codeErr) Error() string { return fmt.Sprintf("code %d", int(e)) }

func main() {
	fmt.Println("celsius", celsius(21.5)) // fmt calls String
	var err error = codeErr(7)
	fmt.Println("error", errors.Unwrap(fmt.Errorf("%w", err))) // fmt calls Error
}
