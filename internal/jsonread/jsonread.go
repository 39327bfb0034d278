// Package jsonread is a strict, position-aware JSON reader for the module's
// file formats. The standard decoder accepts duplicate keys, reports no
// position for unknown fields and uses reflection; plan files need all three
// done differently, so their decoders walk the input with this reader and say
// exactly where (line and column) a file is wrong.
//
// The reader works on a byte slice held in memory; callers bound its size.
package jsonread

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth bounds the nesting of objects and arrays, so that a hostile file
// cannot exhaust the stack.
const MaxDepth = 64

// Error is a problem at a place in the input. Line and Col are 1-based; Col
// counts characters, not bytes.
type Error struct {
	Line, Col int
	Offset    int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// Reader reads one JSON value from data.
type Reader struct {
	data  []byte
	off   int
	depth int
}

// bom is the byte order mark that Windows editors (Notepad) write at the
// start of UTF-8 files. It is not part of the JSON and is skipped.
var bom = []byte("\uFEFF")

// NewReader returns a reader positioned at the start of data, after a
// byte order mark.
func NewReader(data []byte) *Reader {
	r := &Reader{data: data}
	if bytes.HasPrefix(data, bom) {
		r.off = len(bom)
	}
	return r
}

// Offset returns the byte offset of the next value (after white space).
func (r *Reader) Offset() int {
	r.skipSpace()
	return r.off
}

// Position converts a byte offset of data into a 1-based line and column.
func Position(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	if start == 0 && bytes.HasPrefix(before, bom) {
		start = len(bom) // an editor shows no column for the mark
	}
	return line, utf8.RuneCount(before[start:]) + 1
}

// Errorf returns an *Error at byte offset off.
func (r *Reader) Errorf(off int, format string, args ...any) error {
	line, col := Position(r.data, off)
	return &Error{Line: line, Col: col, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

func (r *Reader) skipSpace() {
	for r.off < len(r.data) {
		switch r.data[r.off] {
		case ' ', '\t', '\n', '\r':
			r.off++
		default:
			return
		}
	}
}

// peek returns the next non-space byte, or 0 at the end of the input.
func (r *Reader) peek() byte {
	r.skipSpace()
	if r.off >= len(r.data) {
		return 0
	}
	return r.data[r.off]
}

func (r *Reader) unexpected(want string) error {
	if r.off >= len(r.data) {
		return r.Errorf(r.off, "unexpected end of input, want %s", want)
	}
	c, _ := utf8.DecodeRune(r.data[r.off:])
	return r.Errorf(r.off, "unexpected %q, want %s", c, want)
}

// Kind names the type of the next value: "object", "array", "string",
// "number", "bool", "null", or "" at the end of input or on a byte that
// starts no value.
func (r *Reader) Kind() string {
	switch c := r.peek(); {
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == '"':
		return "string"
	case c == '-' || (c >= '0' && c <= '9'):
		return "number"
	case c == 't' || c == 'f':
		return "bool"
	case c == 'n':
		return "null"
	}
	return ""
}

func (r *Reader) typeError(want string) error {
	got := r.Kind()
	if got == "" {
		return r.unexpected(want)
	}
	return r.Errorf(r.off, "got %s, want %s", got, want)
}

// maxKeys is how many keys of one object are remembered to reject duplicates;
// the module's formats have far fewer fields than this per object.
const maxKeys = 48

// Object reads an object, calling field for each member with its key and the
// offset of the key; field must read the value. Duplicate keys are errors.
// The key slice is valid only during the call.
func (r *Reader) Object(field func(key []byte, at int) error) error {
	if r.peek() != '{' {
		return r.typeError("object")
	}
	if r.depth++; r.depth > MaxDepth {
		return r.Errorf(r.off, "nesting deeper than %d", MaxDepth)
	}
	r.off++
	var seen [maxKeys][]byte
	n := 0
	if r.peek() == '}' {
		r.off++
		r.depth--
		return nil
	}
	for {
		if r.peek() != '"' {
			return r.unexpected("object key")
		}
		keyAt := r.off
		key, err := r.rawString()
		if err != nil {
			return err
		}
		for _, k := range seen[:n] {
			if bytes.Equal(k, key) {
				return r.Errorf(keyAt, "duplicate key %q", key)
			}
		}
		if n < maxKeys {
			seen[n] = key
			n++
		}
		if r.peek() != ':' {
			return r.unexpected("':'")
		}
		r.off++
		if err := field(key, keyAt); err != nil {
			return err
		}
		switch r.peek() {
		case ',':
			r.off++
		case '}':
			r.off++
			r.depth--
			return nil
		default:
			return r.unexpected("',' or '}'")
		}
	}
}

// Array reads an array, calling elem for each element, which must read it.
func (r *Reader) Array(elem func(i int) error) error {
	if r.peek() != '[' {
		return r.typeError("array")
	}
	if r.depth++; r.depth > MaxDepth {
		return r.Errorf(r.off, "nesting deeper than %d", MaxDepth)
	}
	r.off++
	if r.peek() == ']' {
		r.off++
		r.depth--
		return nil
	}
	for i := 0; ; i++ {
		if err := elem(i); err != nil {
			return err
		}
		switch r.peek() {
		case ',':
			r.off++
		case ']':
			r.off++
			r.depth--
			return nil
		default:
			return r.unexpected("',' or ']'")
		}
	}
}

// Strings reads an array of strings.
func (r *Reader) Strings() ([]string, error) {
	var out []string
	err := r.Array(func(int) error {
		s, err := r.String()
		out = append(out, s)
		return err
	})
	return out, err
}

// String reads a string value.
func (r *Reader) String() (string, error) {
	if r.peek() != '"' {
		return "", r.typeError("string")
	}
	b, err := r.rawString()
	return string(b), err
}

// rawString reads a string at r.off (which holds '"') and returns its
// content. Without escapes the result aliases the input.
func (r *Reader) rawString() ([]byte, error) {
	start := r.off
	r.off++
	i := r.off
	for i < len(r.data) {
		c := r.data[i]
		switch {
		case c == '"':
			s := r.data[r.off:i]
			r.off = i + 1
			if !utf8.Valid(s) {
				return nil, r.Errorf(start, "invalid UTF-8 in string")
			}
			return s, nil
		case c == '\\':
			return r.escapedString(start)
		case c < 0x20:
			return nil, r.Errorf(i, "control character in string")
		}
		i++
	}
	return nil, r.Errorf(start, "unterminated string")
}

func (r *Reader) escapedString(start int) ([]byte, error) {
	var out []byte
	i := r.off
	for i < len(r.data) {
		c := r.data[i]
		switch {
		case c == '"':
			r.off = i + 1
			if !utf8.Valid(out) {
				return nil, r.Errorf(start, "invalid UTF-8 in string")
			}
			return out, nil
		case c < 0x20:
			return nil, r.Errorf(i, "control character in string")
		case c != '\\':
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(r.data) {
			break
		}
		esc := r.data[i+1]
		i += 2
		switch esc {
		case '"', '\\', '/':
			out = append(out, esc)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			ru, ok := hex4(r.data, i)
			if !ok {
				return nil, r.Errorf(i-2, `invalid \u escape`)
			}
			i += 4
			if utf16.IsSurrogate(ru) {
				lo, ok := rune(0), false
				if i+6 <= len(r.data) && r.data[i] == '\\' && r.data[i+1] == 'u' {
					lo, ok = hex4(r.data, i+2)
				}
				if pair := utf16.DecodeRune(ru, lo); ok && pair != utf8.RuneError {
					ru = pair
					i += 6
				} else {
					ru = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, ru)
		default:
			return nil, r.Errorf(i-2, "invalid escape \\%c", esc)
		}
	}
	return nil, r.Errorf(start, "unterminated string")
}

func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(b[i:i+4]), 16, 32)
	return rune(v), err == nil
}

// Int reads a number that must be a whole number fitting an int.
func (r *Reader) Int() (int, error) {
	at := r.Offset()
	tok, err := r.number()
	if err != nil {
		return 0, err
	}
	v, err := strconv.Atoi(string(tok))
	if err != nil {
		return 0, r.Errorf(at, "want a whole number, got %s", tok)
	}
	return v, nil
}

// Number reads a number and returns its text as written ("12.5").
func (r *Reader) Number() (string, error) {
	tok, err := r.number()
	return string(tok), err
}

func (r *Reader) number() ([]byte, error) {
	if r.Kind() != "number" {
		return nil, r.typeError("number")
	}
	start := r.off
	i := r.off
	if r.data[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(r.data) && r.data[i] >= '0' && r.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	intStart := i
	if digits() == 0 || (r.data[intStart] == '0' && i-intStart > 1) {
		return nil, r.Errorf(start, "invalid number")
	}
	if i < len(r.data) && r.data[i] == '.' {
		i++
		if digits() == 0 {
			return nil, r.Errorf(start, "invalid number")
		}
	}
	if i < len(r.data) && (r.data[i] == 'e' || r.data[i] == 'E') {
		i++
		if i < len(r.data) && (r.data[i] == '+' || r.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			return nil, r.Errorf(start, "invalid number")
		}
	}
	r.off = i
	return r.data[start:i], nil
}

// Bool reads true or false.
func (r *Reader) Bool() (bool, error) {
	switch {
	case r.literal("true"):
		return true, nil
	case r.literal("false"):
		return false, nil
	}
	return false, r.typeError("bool")
}

// Null consumes a null if one comes next and reports whether it did.
func (r *Reader) Null() bool { return r.literal("null") }

func (r *Reader) literal(word string) bool {
	r.skipSpace()
	if bytes.HasPrefix(r.data[r.off:], []byte(word)) {
		end := r.off + len(word)
		if end == len(r.data) || !isIdent(r.data[end]) {
			r.off = end
			return true
		}
	}
	return false
}

func isIdent(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// End checks that nothing but white space follows the value read.
func (r *Reader) End() error {
	if r.peek() != 0 {
		return r.unexpected("end of input")
	}
	return nil
}
