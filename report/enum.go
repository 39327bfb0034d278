package report

import "fmt"

// The package's enumerations are small integer types whose code words live in
// one table each; these helpers give every one of them the same String, Parse
// and text marshalling from that table.

// enumString returns the code word of e, or "Name(n)" for a value outside the
// table, so that printing never panics.
func enumString[E ~uint8](names []string, e E, typ string) string {
	if int(e) < len(names) {
		return names[e]
	}
	return fmt.Sprintf("%s(%d)", typ, uint8(e))
}

// parseEnum is the inverse of enumString for the values of the table.
func parseEnum[E ~uint8](names []string, s, what string) (E, error) {
	for i, n := range names {
		if n == s {
			return E(i), nil
		}
	}
	return 0, fmt.Errorf("report: unknown %s %q", what, s)
}

// unmarshalEnum decodes a code word into *e.
func unmarshalEnum[E ~uint8](names []string, b []byte, what string, e *E) error {
	v, err := parseEnum[E](names, string(b), what)
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// Type is the kind of figure a form field holds. The zero Type is
// unspecified.
type Type uint8

// The types of field.
const (
	TypeUnspecified Type = iota
	TypeCount            // số lượng: a whole number, never negative
	TypeRatio            // a numerator and its denominator ("80/tổng số 100"): the percentage is derived, never typed
	TypeAmount           // a decimal quantity in the field's unit (triệu đồng)
	TypeText             // free text: added up, it is listed, not summed
)

var typeNames = []string{"unspecified", "count", "ratio", "amount", "text"}

// String returns the type's code word ("ratio").
func (t Type) String() string { return enumString(typeNames, t, "Type") }

// ParseType is the inverse of Type.String.
func ParseType(s string) (Type, error) { return parseEnum[Type](typeNames, s, "field type") }

// MarshalText encodes the type as its code word.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a code word.
func (t *Type) UnmarshalText(b []byte) error { return unmarshalEnum(typeNames, b, "field type", t) }

// slots is the number of int64 values a figure of the type takes in a
// submission and in a sum: a ratio has two.
func (t Type) slots() int {
	switch t {
	case TypeCount, TypeAmount:
		return 1
	case TypeRatio:
		return 2
	}
	return 0
}
