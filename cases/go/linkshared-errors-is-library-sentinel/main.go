package main

import (
	"errors"
	"fmt"
	"store"
)

func main() {
	err := store.Get("k1")
	fmt.Println("is ErrNotFound:", errors.Is(err, store.ErrNotFound))
	var ke *store.KeyError
	ok := errors.As(err, &ke)
	key := ""
	if ok {
		key = ke.Key
	}
	fmt.Printf("as *KeyError: %v key=%s\n", ok, key)
	fmt.Println("message:", err)
}
