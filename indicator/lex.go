package indicator

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type tokenKind uint8

const (
	tokWord tokenKind = iota + 1
	tokNumber
	tokSymbol
)

// token is one word, number or symbol of a phrase, with its place in the
// normalised text so that subjects can be cut out as written.
type token struct {
	kind       tokenKind
	low        string // lower-case word; canonical symbol ("≥" for ">=")
	start, end int    // byte offsets in the normalised text
	// code marks a number that is part of a date, a time or a document
	// number ("19/10/2016", "10:00", "846/QĐ-TTg"): never a quantity.
	code bool
	// codeAfter marks a number that is code only because of the slash or
	// colon glued after it.
	codeAfter bool
}

func (t token) is(s string) bool { return t.low == s }

// symbols maps the symbols that have a meaning of their own to their
// canonical form.
var symbols = map[rune]string{
	'≥': "≥", '⩾': "≥", '≤': "≤", '⩽': "≤", '>': ">", '<': "<", '=': "=",
	'–': "-", '—': "-", '−': "-", '‐': "-",
}

// lex normalises s to NFC and splits it into tokens. It returns the
// normalised text the token offsets refer to.
func lex(s string) (string, []token) {
	s = norm.NFC.String(s)
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			toks = append(toks, token{kind: tokSymbol, low: "\n", start: i, end: i + size})
			i += size
		case unicode.IsSpace(r):
			i += size
		case r >= '0' && r <= '9':
			toks, i = lexNumber(s, i, toks)
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.IsMark(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n
			}
			toks = append(toks, token{kind: tokWord, low: strings.ToLower(s[i:j]), start: i, end: j})
			i = j
		default:
			low, ok := symbols[r]
			if !ok {
				low = string(r)
			}
			j := i + size
			// ">=" and "<=" are written for ≥ and ≤.
			if r == '>' && j < len(s) && s[j] == '=' {
				low, j = "≥", j+1
			} else if r == '<' && j < len(s) && s[j] == '=' {
				low, j = "≤", j+1
			}
			toks = append(toks, token{kind: tokSymbol, low: low, start: i, end: j})
			i = j
		}
	}
	return s, toks
}

// lexNumber reads digits with the dots and commas between them ("1.234,5")
// starting at s[i]. A number glued to letters is part of a code ("36a") and
// becomes a word; one glued to a slash or colon is marked as code.
func lexNumber(s string, i int, toks []token) ([]token, int) {
	j := i
	for j < len(s) {
		c := s[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == '.' || c == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.IsMark(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n
			}
			return append(toks, token{kind: tokWord, low: strings.ToLower(s[i:j]), start: i, end: j}), j
		}
	}
	after := j < len(s) && (s[j] == '/' || s[j] == ':')
	before := false
	if n := len(toks); n > 0 && toks[n-1].end == i && (toks[n-1].is("/") || toks[n-1].is(":")) {
		before = true
	}
	return append(toks, token{kind: tokNumber, low: s[i:j], start: i, end: j, code: after || before, codeAfter: after && !before}), j
}

// clauseEnd reports whether t ends a clause: the quantities of one clause
// share a subject and pass their comparison on ("ít nhất 3 huyện và 8 sở").
func (t token) clauseEnd() bool {
	if t.kind != tokSymbol {
		return false
	}
	switch t.low {
	case ";", ".", "!", "?", ":", "\n", "…":
		return true
	}
	return false
}
