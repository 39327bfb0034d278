package ical

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// lineLimit is the longest physical line RFC 5545 §3.1 allows, in octets,
// not counting the CRLF. A continuation line spends one of them on the space
// that marks it.
const lineLimit = 75

// Param is a property parameter, such as TZID=Asia/Ho_Chi_Minh.
type Param struct {
	Name  string
	Value string // quoted on output when it holds ':', ';' or ','
}

// Property is one content line, NAME;PARAM=VALUE:value, for properties this
// package has no field for (LOCATION, PRIORITY, X-...). Value is written as
// given: escape a TEXT value with EscapeText first.
type Property struct {
	Name   string
	Params []Param
	Value  string
}

// Error reports a value that cannot be written as iCalendar.
type Error struct {
	Component string // "VTODO", "VEVENT", "VCALENDAR"; "" outside a calendar
	UID       string // the component's UID, when it has one
	Property  string // "DTEND", "RRULE", ...
	Value     string // the offending input, when there is one
	Reason    string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("ical: ")
	if e.Component != "" {
		b.WriteString(e.Component)
		if e.UID != "" {
			b.WriteString(" " + strconv.Quote(e.UID))
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Property)
	if e.Value != "" {
		b.WriteString(" " + strconv.Quote(e.Value))
	}
	b.WriteString(": " + e.Reason)
	return b.String()
}

// EscapeText escapes s as an RFC 5545 TEXT value (§3.3.11): backslash,
// semicolon and comma get a backslash, and each line break (CRLF, LF or CR)
// becomes \n.
func EscapeText(s string) string {
	if !strings.ContainsAny(s, "\\;,\r\n") {
		return s
	}
	return string(appendText(make([]byte, 0, len(s)+8), s))
}

func appendText(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			dst = append(dst, '\\', c)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			dst = append(dst, '\\', 'n')
		case '\n':
			dst = append(dst, '\\', 'n')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// Fold splits a content line into physical lines of at most 75 octets,
// joined by CRLF and a space, without splitting a UTF-8 character. The first
// line holds 75 octets of the content line; each continuation line holds the
// space and 74 more. The result has no final CRLF.
func Fold(line string) string {
	return string(appendFold(nil, []byte(line)))
}

func appendFold(dst, line []byte) []byte {
	limit := lineLimit
	for len(line) > limit {
		cut := limit
		// Back up to the first byte of a character that straddles the limit;
		// a UTF-8 character is at most four octets.
		for i := 1; i < utf8.UTFMax && !utf8.RuneStart(line[cut]); i++ {
			cut--
		}
		dst = append(dst, line[:cut]...)
		dst = append(dst, "\r\n "...)
		line = line[cut:]
		limit = lineLimit - 1
	}
	return append(dst, line...)
}

// Unfold joins folded lines: it removes every CRLF followed by a space or a
// tab (RFC 5545 §3.1) and keeps other line breaks.
func Unfold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, "\r\n")
		if i < 0 {
			break
		}
		if i+2 < len(s) && (s[i+2] == ' ' || s[i+2] == '\t') {
			b.WriteString(s[:i])
			s = s[i+3:]
		} else {
			b.WriteString(s[:i+2])
			s = s[i+2:]
		}
	}
	b.WriteString(s)
	return b.String()
}

// lineWriter appends folded content lines to out.
type lineWriter struct {
	out  []byte
	line []byte // scratch: the content line before folding
}

// property appends the content line name;params:value. The error names the
// property and leaves the component to the caller.
func (w *lineWriter) property(name, value string, params ...Param) *Error {
	if !isName(name) {
		return &Error{Property: name, Reason: "invalid property name"}
	}
	l := append(w.line[:0], name...)
	for _, p := range params {
		if !isName(p.Name) {
			return &Error{Property: name, Value: p.Name, Reason: "invalid parameter name"}
		}
		// A parameter value cannot hold a double quote, even quoted.
		if !validValue(p.Value) || strings.ContainsRune(p.Value, '"') {
			return &Error{Property: name, Value: p.Value, Reason: "parameter " + p.Name + " has a double quote, a control character or invalid UTF-8"}
		}
		l = append(l, ';')
		l = append(l, p.Name...)
		l = append(l, '=')
		if strings.ContainsAny(p.Value, ":;,") {
			l = append(l, '"')
			l = append(l, p.Value...)
			l = append(l, '"')
		} else {
			l = append(l, p.Value...)
		}
	}
	if !validValue(value) {
		return &Error{Property: name, Value: value, Reason: "control character or invalid UTF-8"}
	}
	l = append(l, ':')
	l = append(l, value...)
	w.line = l
	w.out = appendFold(w.out, l)
	w.out = append(w.out, "\r\n"...)
	return nil
}

// isName reports whether s is a property or parameter name: letters, digits
// and hyphens (RFC 5545 iana-token and x-name).
func isName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// validValue reports whether s is UTF-8 without control characters other than
// the tab, as RFC 5545 requires of values.
func validValue(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return utf8.ValidString(s)
}
