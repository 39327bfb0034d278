package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The twelve Vietnamese vowels, each with its six tones in the order none,
// huyền (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot below). The
// table is the only source of the vowel data: the lookup arrays below are
// built from it.
var vowelRows = [...]string{
	"aàáảãạ",
	"ăằắẳẵặ",
	"âầấẩẫậ",
	"eèéẻẽẹ",
	"êềếểễệ",
	"iìíỉĩị",
	"oòóỏõọ",
	"ôồốổỗộ",
	"ơờớởỡợ",
	"uùúủũụ",
	"ưừứửữự",
	"yỳýỷỹỵ",
}

// plainVowel is the letter each row loses its diacritics to.
const plainVowel = "aaaeeiooouuy"

// vowelModified reports rows whose letter carries a breve, circumflex or horn
// (ă â ê ô ơ ư): the tone mark sits on such a letter.
var vowelModified = [len(vowelRows)]bool{1: true, 2: true, 4: true, 7: true, 8: true, 10: true}

const rowO, rowOHorn = 6, 8

// vowel describes one lower-case precomposed vowel: its row and tone. Tone 0
// is no tone. ok is false for any other rune.
type vowel struct {
	row, tone int8
	ok        bool
}

// Precomposed Vietnamese vowels fall in two Unicode blocks; a dense array per
// block makes the lookup a bounds check and an index.
const (
	lowBlockStart  = 0x0061 // 'a'
	lowBlockEnd    = 0x01B1 // past 'ư'
	highBlockStart = 0x1EA0 // 'Ạ'
	highBlockEnd   = 0x1EFA // past 'ỹ'
)

var (
	lowBlock  [lowBlockEnd - lowBlockStart]vowel
	highBlock [highBlockEnd - highBlockStart]vowel
	composed  [len(vowelRows)][6]rune
)

func init() {
	for row, s := range vowelRows {
		tone := 0
		for _, r := range s {
			composed[row][tone] = r
			v := vowel{row: int8(row), tone: int8(tone), ok: true}
			switch {
			case r >= lowBlockStart && r < lowBlockEnd:
				lowBlock[r-lowBlockStart] = v
			case r >= highBlockStart && r < highBlockEnd:
				highBlock[r-highBlockStart] = v
			}
			tone++
		}
	}
}

func vowelOf(r rune) vowel {
	switch {
	case r >= lowBlockStart && r < lowBlockEnd:
		return lowBlock[r-lowBlockStart]
	case r >= highBlockStart && r < highBlockEnd:
		return highBlock[r-highBlockStart]
	}
	return vowel{}
}

// Fold returns s in the form Vietnamese names are compared in: Unicode NFC,
// lower case, the tone mark of each syllable on one canonical vowel, runs of
// white space as one space, no space at either end. Punctuation is kept.
//
// The canonical tone placement is the one Vietnamese administrative texts
// mostly use: in an open syllable of two vowels the tone sits on the first
// ("hòa", "thủy", "khỏe", "ủy"), a vowel with a breve, circumflex or horn takes
// it otherwise ("người", "quốc"), and a syllable closed by a consonant has it on
// its last vowel ("hoàn"). Words that are not one Vietnamese syllable are left
// as they are.
//
// Fold returns s itself, without allocating, when s is already folded.
func Fold(s string) string {
	if isFolded(s, false) {
		return s
	}
	return fold(s, false)
}

// Key returns Fold(s) with every rune that is neither a letter nor a digit
// replaced by a space (then collapsed): "KH&ĐT" and "KH - ĐT" both give
// "kh đt". Key returns s itself, without allocating, when s is already a key.
func Key(s string) string {
	if isFolded(s, true) {
		return s
	}
	return fold(s, true)
}

// IsKey reports whether Key(s) == s.
func IsKey(s string) bool { return isFolded(s, true) }

// fold does the work of Fold and Key on text that needs a change.
func fold(s string, key bool) string {
	// Invalid bytes become U+FFFD first: the normaliser leaves the text
	// around them as it is, and a second fold would then change it.
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	word := make([]byte, 0, 32)
	space := false // a space is pending before the next word or mark
	flush := func() {
		if len(word) == 0 {
			return
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		writeWord(&b, word)
		word = word[:0]
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			// A mark NFC could not compose onto its letter carries nothing a
			// comparison needs.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = utf8.AppendRune(word, unicode.ToLower(r))
		case unicode.IsSpace(r) || key:
			flush()
			space = true
		default:
			flush()
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	flush()
	return b.String()
}

// writeWord writes a lower-case word with its tone mark moved to the
// canonical vowel.
func writeWord(b *strings.Builder, w []byte) {
	from, to, ok := tonePositions(string(w))
	if !ok {
		b.Write(w)
		return
	}
	fr, fsize := utf8.DecodeRune(w[from:])
	tr, tsize := utf8.DecodeRune(w[to:])
	fv, tv := vowelOf(fr), vowelOf(tr)
	lo, hi := min(from, to), max(from, to)
	loR, hiR := composed[fv.row][0], composed[tv.row][fv.tone]
	loSize, hiSize := fsize, tsize
	if to < from {
		loR, hiR = hiR, loR
		loSize, hiSize = tsize, fsize
	}
	b.Write(w[:lo])
	b.WriteRune(loR)
	b.Write(w[lo+loSize : hi])
	b.WriteRune(hiR)
	b.Write(w[hi+hiSize:])
}

// isFolded reports whether s is already in the form fold would give, so the
// common case of looking up a stored key costs no allocation.
func isFolded(s string, key bool) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	start := 0     // byte offset of the current word
	toned := false // the current word has a tone mark
	prevSpace := false
	other := false // a rune beyond ASCII and the Vietnamese letters: check NFC
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				prevSpace = false
			case c == ' ':
				if prevSpace || (toned && !tonePlaced(s[start:i])) {
					return false
				}
				prevSpace, toned, start = true, false, i+1
			case 'A' <= c && c <= 'Z', key, c < ' ', c == 0x7f:
				return false
			default: // punctuation, kept by Fold
				if toned && !tonePlaced(s[start:i]) {
					return false
				}
				prevSpace, toned, start = false, false, i+1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if v := vowelOf(r); v.ok || r == 'đ' {
			toned = toned || v.tone != 0
			prevSpace = false
			i += size
			continue
		}
		other = true
		switch {
		case r == utf8.RuneError:
			return false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.ToLower(r) != r {
				return false
			}
			prevSpace = false
		default:
			if key || unicode.IsSpace(r) || unicode.Is(unicode.Mn, r) {
				return false
			}
			if toned && !tonePlaced(s[start:i]) {
				return false
			}
			prevSpace, toned, start = false, false, i+size
		}
		i += size
	}
	// ASCII and precomposed Vietnamese letters without combining marks are
	// NFC already; anything else asks the normaliser, fully: a quick check
	// answers "maybe" for letters such as a lone Hangul vowel that are NFC
	// on their own.
	if other && norm.NFC.QuickSpanString(s) != len(s) && !norm.NFC.IsNormalString(s) {
		return false
	}
	return !toned || tonePlaced(s[start:])
}

// tonePlaced reports whether the word has its tone on the canonical vowel.
func tonePlaced(w string) bool {
	_, _, move := tonePositions(w)
	return !move
}

// maxNucleus bounds the vowels of one syllable; longer runs are not
// Vietnamese syllables and are left alone.
const maxNucleus = 4

// tonePositions finds, in a lower-case word, the byte offsets of the vowel
// that carries the tone mark and of the vowel that should carry it. move is
// false when the tone is already in place, when there is no tone, and when the
// word is not a single Vietnamese syllable (two tone marks, vowels apart, a
// nucleus of more than three vowels).
//
// The canonical place: the last vowel with a breve, circumflex or horn (ơ of
// "ươ", ê of "uyê"); else, in a syllable closed by a consonant, the last vowel
// ("hoàn"); else the only vowel, the first of two ("hòa", "thủy") or the
// middle of three ("ngoài"). The u of "qu" and the i of "gi" before another
// vowel belong to the onset.
func tonePositions(w string) (from, to int, move bool) {
	var at [maxNucleus]int // byte offsets of the vowels
	n := 0
	from = -1
	prev := rune(0) // the rune before the first vowel
	prevAt := -1    // its byte offset
	end := -1       // byte offset just past the last vowel
	for i, r := range w {
		v := vowelOf(r)
		if !v.ok {
			if n == 0 {
				prev, prevAt = r, i
			}
			continue
		}
		if n > 0 && end != i {
			return 0, 0, false // vowels apart: not one syllable
		}
		if n == maxNucleus {
			return 0, 0, false
		}
		at[n] = i
		n++
		end = i + utf8.RuneLen(r)
		if v.tone != 0 {
			if from >= 0 {
				return 0, 0, false // two tone marks
			}
			from = i
		}
	}
	if from < 0 {
		return 0, 0, false
	}
	nucleus := at[:n]
	if n > 1 {
		v := vowelOf(firstRune(w[nucleus[0]:]))
		if (prev == 'q' && v.row == 9) || (prev == 'g' && prevAt == 0 && v.row == 5) {
			nucleus = nucleus[1:]
		}
	}
	to = -1
	for _, i := range nucleus {
		if vowelModified[vowelOf(firstRune(w[i:])).row] {
			to = i
		}
	}
	if to < 0 {
		switch {
		case end < len(w):
			to = nucleus[len(nucleus)-1]
		case len(nucleus) <= 2:
			to = nucleus[0]
		case len(nucleus) == 3:
			to = nucleus[1]
		default:
			return 0, 0, false
		}
	}
	return from, to, from != to
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Plain returns s without diacritics: tone marks, breves, circumflexes and
// horns are dropped and đ becomes d ("Sở Nội vụ" gives "So Noi vu"). Case and
// everything else are kept. NFD input gives the same result as NFC input.
func Plain(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		case unicode.Is(unicode.Mn, r):
			// a combining mark of NFD input
		default:
			lower := unicode.ToLower(r)
			if v := vowelOf(lower); v.ok {
				c := plainVowel[v.row]
				if lower != r {
					c -= 'a' - 'A'
				}
				b.WriteByte(c)
				continue
			}
			// Other letters with marks (from foreign names): drop the marks.
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
		}
	}
	return b.String()
}
