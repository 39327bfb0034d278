package indicator

import (
	"fmt"
	"slices"
)

// enum holds the code words of one enumeration, indexed by value, so that
// String, Parse, MarshalText and UnmarshalText share one table.
type enum[T ~uint8] struct {
	what  string   // "measure", "comparison", ...
	names []string // names[v] is the code word of v
}

func (e enum[T]) name(v T) string {
	if int(v) < len(e.names) {
		return e.names[v]
	}
	return fmt.Sprintf("%s(%d)", e.what, uint8(v))
}

func (e enum[T]) parse(s string) (T, error) {
	if i := slices.Index(e.names, s); i >= 0 {
		return T(i), nil
	}
	return 0, &ParseError{What: e.what, Input: s, Reason: "unknown code word"}
}

func (e enum[T]) unmarshal(b []byte, v *T) error {
	p, err := e.parse(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}
