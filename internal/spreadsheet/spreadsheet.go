// Package spreadsheet keeps the text of CSV cells as written when the file
// is opened in Excel or LibreOffice. A cell that starts with "=", "+", "-"
// or "@" is taken there for a formula: a task titled "- Tổ chức tập huấn"
// shows as an error, and a crafted one ("=HYPERLINK(...)") runs. The
// module's CSV writers pass every cell through Text, and its CSV reader
// undoes it with Untext.
package spreadsheet

import "strings"

// Text returns s as a cell a spreadsheet shows as written: s itself, or s
// after an apostrophe when it starts like a formula. Excel and LibreOffice
// read a leading apostrophe as "this is text" and do not show it. A number
// ("-5") is left alone, so that it still adds up. Text that already starts
// with apostrophes before a formula sign gets one more, so that Untext
// gives back exactly s.
func Text(s string) string {
	if !formulaLike(s) {
		return s
	}
	if isNumber(s) {
		return s
	}
	return "'" + s
}

// isNumber reports whether s is a signed decimal number, "-5" or "-12.5",
// which a spreadsheet reads as the number it is.
func isNumber(s string) bool {
	digits, dot := 0, false
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case (c == '-' || c == '+') && i == 0:
		case c == '.' && !dot && digits > 0:
			dot = true
		default:
			return false
		}
	}
	return digits > 0 && s[len(s)-1] != '.'
}

// Untext is the inverse of Text: it drops the apostrophe Text added, which
// a spreadsheet also keeps when it saves such a cell as CSV.
func Untext(s string) string {
	if len(s) > 1 && s[0] == '\'' && formulaLike(s[1:]) {
		return s[1:]
	}
	return s
}

// formulaLike reports whether s starts, after any apostrophes, with a sign
// that makes a spreadsheet read a formula.
func formulaLike(s string) bool {
	s = strings.TrimLeft(s, "'")
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}
