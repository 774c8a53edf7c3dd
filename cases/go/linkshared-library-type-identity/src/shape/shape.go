package shape

type Square struct{ Side int }

type Area interface{ Area() int }

func (s Square) Area() int { return s.Side * s.Side }

// New returns a Square made inside the library, as an interface value.
func New(side int) any { return Square{side} }

// Key returns a struct holding a Square, made inside the library (a map key in main).
func Key() any { return struct{ K Square }{Square{1}} }
