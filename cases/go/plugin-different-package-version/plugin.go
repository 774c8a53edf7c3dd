package main

import "dep"

func DepVersion() int { return dep.Version() }
