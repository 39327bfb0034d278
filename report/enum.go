package report

import (
	"fmt"

	"github.com/openpar/cchc/internal/enum"
)

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
var types = enum.Table[Type]{
	Pkg:     "report",
	Type:    "Type",
	Codes:   typeNames,
	Unknown: func(w string) error { return fmt.Errorf("report: unknown field type %q", w) },
}

// String returns the type's code word ("ratio").
func (t Type) String() string { return types.String(t) }

// ParseType is the inverse of Type.String.
func ParseType(s string) (Type, error) { return types.Parse(s) }

// MarshalText encodes the type as its code word.
func (t Type) MarshalText() ([]byte, error) { return types.Marshal(t) }

// UnmarshalText decodes a code word.
func (t *Type) UnmarshalText(b []byte) error { return types.Unmarshal(t, b) }

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
