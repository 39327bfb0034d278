package calendar

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The parsers of periods, deadlines and schedules read plan text through a
// folded form: lower case, without diacritics (đ folds to d), with every kind
// of dash as '-' and every kind of space as ' '. Folding makes them tolerant
// of case, of NFC and NFD input, of tone marks placed either way, and of text
// typed without diacritics, while the source text itself is kept unchanged.

// token is one word, number or punctuation mark of folded text.
type token struct {
	kind     tokenKind
	text     string // folded: "quy", "2017", "/"
	from, to int    // byte offsets of the token in the source text
}

type tokenKind uint8

const (
	tokWord   tokenKind = iota + 1 // letters
	tokNumber                      // ASCII digits
	tokMark                        // any other single character
)

// tokenize splits s into folded tokens. Spaces separate tokens and are
// dropped; letters and digits that touch form separate tokens ("III/2017" is
// "iii", "/", "2017").
func tokenize(s string) []token {
	var (
		toks   []token
		folded []byte // folded text of the current word or number
		kind   tokenKind
		start  int
	)
	flush := func(end int) {
		if kind != 0 {
			toks = append(toks, token{kind: kind, text: string(folded), from: start, to: end})
			folded, kind = folded[:0], 0
		}
	}
	for i, r := range s {
		c, k := foldRune(r)
		switch k {
		case 0: // a combining mark belongs to the letter before it
			continue
		case tokWord, tokNumber:
			if k != kind {
				flush(i)
				kind, start = k, i
			}
			folded = append(folded, c)
		default:
			flush(i)
			if c != ' ' {
				_, n := utf8.DecodeRuneInString(s[i:]) // 1 for invalid UTF-8
				toks = append(toks, token{kind: tokMark, text: string(c), from: i, to: i + n})
			}
		}
	}
	flush(len(s))
	return toks
}

// foldRune returns the folded ASCII byte for r and what kind of token it
// belongs to; kind 0 means r is a combining mark to skip. Characters that are
// neither letters, digits, spaces nor dashes fold to themselves when ASCII and
// to '?' otherwise, so they stay visible to the parsers as unexpected marks.
func foldRune(r rune) (byte, tokenKind) {
	switch {
	case r >= 'a' && r <= 'z':
		return byte(r), tokWord
	case r >= 'A' && r <= 'Z':
		return byte(r - 'A' + 'a'), tokWord
	case r >= '0' && r <= '9':
		return byte(r), tokNumber
	case r < utf8.RuneSelf:
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' {
			return ' ', tokMark
		}
		return byte(r), tokMark
	case r == 'đ' || r == 'Đ' || r == 'ð' || r == 'Ð':
		// Unicode does not decompose đ; ð stands in for it in text
		// converted from old Vietnamese encodings.
		return 'd', tokWord
	case unicode.Is(unicode.Mn, r):
		return 0, 0
	case unicode.IsSpace(r):
		return ' ', tokMark
	case unicode.Is(unicode.Pd, r) || r == '\u2212':
		return '-', tokMark
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 && d[0] < utf8.RuneSelf {
		return foldRune(rune(d[0]))
	}
	return '?', tokMark
}

// scanner walks the tokens of one phrase.
type scanner struct {
	src  string
	toks []token
	pos  int
}

func newScanner(s string) *scanner { return &scanner{src: s, toks: tokenize(s)} }

func (sc *scanner) done() bool { return sc.pos >= len(sc.toks) }

func (sc *scanner) peek() token {
	if sc.done() {
		return token{}
	}
	return sc.toks[sc.pos]
}

// word consumes the folded words ws if they come next, all of them or none.
func (sc *scanner) word(ws ...string) bool {
	if sc.pos+len(ws) > len(sc.toks) {
		return false
	}
	for i, w := range ws {
		t := sc.toks[sc.pos+i]
		if t.kind != tokWord || t.text != w {
			return false
		}
	}
	sc.pos += len(ws)
	return true
}

// mark consumes the punctuation mark c if it comes next.
func (sc *scanner) mark(c string) bool {
	if t := sc.peek(); t.kind == tokMark && t.text == c {
		sc.pos++
		return true
	}
	return false
}

// number consumes a number of at most maxDigits digits.
func (sc *scanner) number(maxDigits int) (int, bool) {
	t := sc.peek()
	if t.kind != tokNumber || len(t.text) > maxDigits {
		return 0, false
	}
	sc.pos++
	n, _ := strconv.Atoi(t.text)
	return n, true
}

// year consumes a four-digit year.
func (sc *scanner) year() (int, bool) {
	t := sc.peek()
	if t.kind != tokNumber || len(t.text) != 4 || t.text[0] == '0' {
		return 0, false
	}
	sc.pos++
	n, _ := strconv.Atoi(t.text)
	return n, true
}

// rest returns the source text from the current token on, and consumes it.
func (sc *scanner) rest() string {
	if sc.done() {
		return ""
	}
	s := sc.src[sc.toks[sc.pos].from:sc.toks[len(sc.toks)-1].to]
	sc.pos = len(sc.toks)
	return s
}

// unexpected describes the token where parsing stopped, for error reasons.
func (sc *scanner) unexpected() string {
	if sc.done() {
		return "unexpected end"
	}
	t := sc.toks[sc.pos]
	return "unexpected " + strconv.Quote(sc.src[t.from:t.to])
}
