package vntext

import "unicode/utf8"

// Distance returns the Levenshtein distance between a and b counted in runes:
// the fewest insertions, deletions and substitutions of one rune that turn a
// into b. Short strings (up to 64 runes) cost no allocation.
func Distance(a, b string) int {
	if a == b {
		return 0
	}
	var abuf, bbuf [64]rune
	ar := runesOf(a, abuf[:0])
	br := runesOf(b, bbuf[:0])
	if len(ar) < len(br) {
		ar, br = br, ar
	}
	if len(br) == 0 {
		return len(ar)
	}
	// One row of the dynamic programme, over the shorter string.
	var rowbuf [65]int
	row := rowbuf[:0]
	if len(br)+1 > len(rowbuf) {
		row = make([]int, 0, len(br)+1)
	}
	for j := 0; j <= len(br); j++ {
		row = append(row, j)
	}
	for i := 1; i <= len(ar); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(br); j++ {
			cost := 1
			if ar[i-1] == br[j-1] {
				cost = 0
			}
			up := row[j]
			row[j] = min(up+1, row[j-1]+1, diag+cost)
			diag = up
		}
	}
	return row[len(br)]
}

func runesOf(s string, buf []rune) []rune {
	if utf8.RuneCountInString(s) > cap(buf) {
		buf = make([]rune, 0, utf8.RuneCountInString(s))
	}
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}
