// Package enum is the one table behind each small enumeration of the
// module: its code words, and Vietnamese words where it has them, from
// which String, parsing and text marshalling all read.
package enum

import "fmt"

// Table lists the words of an enumeration whose zero value means
// "unspecified"; value v has Codes[v] and, where given, Vietnamese[v].
type Table[T ~uint8] struct {
	Pkg        string   // the package that owns it, for error messages: "task"
	Type       string   // the Go type, for values outside the table: "Role(9)"
	Codes      []string // the English code words, from the zero value
	Vietnamese []string // the Vietnamese words, or nil

	// Unknown is the error for a word that is in neither list; the package
	// that owns the enumeration names itself and the input in it.
	Unknown func(word string) error

	// Fold, when set, makes Parse match Vietnamese words loosely: both sides
	// are folded before they are compared (case, tone placement).
	Fold func(string) string
}

// String returns v's code word, or "Type(n)" for a value outside the table.
func (t *Table[T]) String(v T) string {
	if int(v) < len(t.Codes) {
		return t.Codes[v]
	}
	return fmt.Sprintf("%s(%d)", t.Type, uint8(v))
}

// Viet returns v's Vietnamese word, or "" when it has none.
func (t *Table[T]) Viet(v T) string {
	if int(v) < len(t.Vietnamese) {
		return t.Vietnamese[v]
	}
	return ""
}

// Marshal returns v's code word, and an error for a value outside the
// table, which no code word could bring back.
func (t *Table[T]) Marshal(v T) ([]byte, error) {
	if int(v) >= len(t.Codes) {
		return nil, fmt.Errorf("%s: cannot encode %s", t.Pkg, t.String(v))
	}
	return []byte(t.Codes[v]), nil
}

// Parse reads a code word or a Vietnamese word.
func (t *Table[T]) Parse(word string) (T, error) {
	fold := t.Fold
	if fold == nil {
		fold = func(s string) string { return s }
	}
	for i, c := range t.Codes {
		if word == c || (i < len(t.Vietnamese) && t.Vietnamese[i] != "" && fold(word) == fold(t.Vietnamese[i])) {
			return T(i), nil
		}
	}
	return 0, t.Unknown(word)
}

// Unmarshal sets *v from a word read by Parse, leaving it unchanged on error.
func (t *Table[T]) Unmarshal(v *T, b []byte) error {
	x, err := t.Parse(string(b))
	if err == nil {
		*v = x
	}
	return err
}
