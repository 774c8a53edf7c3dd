package store

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type KeyError struct{ Key string }

func (e *KeyError) Error() string { return "key " + e.Key + ": " + ErrNotFound.Error() }

func (e *KeyError) Unwrap() error { return ErrNotFound }

// Get always fails: a *KeyError wrapped by fmt.Errorf (in libstd.so).
func Get(key string) error { return fmt.Errorf("get %s: %w", key, &KeyError{key}) }
