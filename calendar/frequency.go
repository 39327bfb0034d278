package calendar

import (
	"fmt"
	"math/bits"
	"strings"
)

// Frequency says how often a recurring duty or report comes round. It is a
// set: "Hằng quý, 6 tháng và năm hoặc đột xuất" is
// Quarterly|HalfYearly|Yearly|AdHoc. The zero Frequency is unspecified.
type Frequency uint8

// The frequencies plans name.
const (
	Weekly     Frequency = 1 << iota // hằng tuần
	Monthly                          // hằng tháng
	Quarterly                        // hằng quý
	HalfYearly                       // 6 tháng
	Yearly                           // hằng năm, cuối năm
	Periodic                         // định kỳ: at regular times the text does not name
	AdHoc                            // đột xuất: whenever asked
)

// frequencyNames holds, for each bit from the lowest, its code word, the
// Vietnamese word a plan lists after "hằng" and the kind of period the
// frequency's reports cover.
var frequencyNames = [...]struct {
	code, vi string
	period   PeriodKind
}{
	{"weekly", "tuần", PeriodWeek},
	{"monthly", "tháng", PeriodMonth},
	{"quarterly", "quý", PeriodQuarter},
	{"half-yearly", "6 tháng", PeriodHalf},
	{"yearly", "năm", PeriodYear},
	{"periodic", "định kỳ", PeriodUnspecified},
	{"ad-hoc", "đột xuất", PeriodUnspecified},
}

// Has reports whether f holds every frequency in g; g must not be zero.
func (f Frequency) Has(g Frequency) bool { return g != 0 && f&g == g }

// Periods returns the kinds of period f's regular reports cover, shortest
// first: [quarter half year] for Quarterly|HalfYearly|Yearly|AdHoc.
func (f Frequency) Periods() []PeriodKind {
	var kinds []PeriodKind
	for i, n := range frequencyNames {
		if f&(1<<i) != 0 && n.period != PeriodUnspecified {
			kinds = append(kinds, n.period)
		}
	}
	return kinds
}

// String returns the code words of f joined by '+' ("quarterly+yearly"), or
// "unspecified" for the zero Frequency.
func (f Frequency) String() string {
	if f == 0 {
		return "unspecified"
	}
	var parts []string
	for rest := f; rest != 0; rest &= rest - 1 {
		i := bits.TrailingZeros8(uint8(rest))
		if i < len(frequencyNames) {
			parts = append(parts, frequencyNames[i].code)
		} else {
			parts = append(parts, fmt.Sprintf("Frequency(%#x)", uint8(1)<<i))
		}
	}
	return strings.Join(parts, "+")
}

// ParseFrequency is the inverse of Frequency.String.
func ParseFrequency(s string) (Frequency, error) {
	if s == "unspecified" {
		return 0, nil
	}
	var f Frequency
	for part := range strings.SplitSeq(s, "+") {
		i := 0
		for i < len(frequencyNames) && frequencyNames[i].code != part {
			i++
		}
		if i == len(frequencyNames) || f&(1<<i) != 0 {
			return 0, &ParseError{What: "frequency", Input: s, Reason: fmt.Sprintf("unknown or repeated frequency %q", part)}
		}
		f |= 1 << i
	}
	return f, nil
}

// MarshalText encodes f as its code words.
func (f Frequency) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText decodes code words written by MarshalText.
func (f *Frequency) UnmarshalText(b []byte) error {
	v, err := ParseFrequency(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// vietnamese returns f as a plan writes it: "hằng quý, 6 tháng và năm hoặc
// đột xuất", "định kỳ hoặc đột xuất".
func (f Frequency) vietnamese() string {
	var items []string
	for i, n := range frequencyNames {
		if f&(1<<i) != 0 && n.period != PeriodUnspecified {
			items = append(items, n.vi)
		}
	}
	var b strings.Builder
	switch {
	case len(items) > 0:
		b.WriteString("hằng ")
		for i, item := range items {
			switch {
			case i == 0:
			case i == len(items)-1:
				b.WriteString(" và ")
			default:
				b.WriteString(", ")
			}
			b.WriteString(item)
		}
	case f&Periodic != 0:
		b.WriteString("định kỳ")
	}
	if f&AdHoc != 0 {
		if b.Len() > 0 {
			b.WriteString(" hoặc ")
		}
		b.WriteString("đột xuất")
	}
	return b.String()
}

// frequency reads a recurrence phrase: "Hàng năm", "Hằng quý, 6 tháng và năm
// hoặc đột xuất", "định kỳ 6 tháng, cuối năm", "Định kỳ hoặc đột xuất". It
// consumes nothing and returns false when the text does not start with one.
func (sc *scanner) frequency() (Frequency, bool, string) {
	start := sc.pos
	periodic := sc.word("dinh", "ky")
	listed := sc.word("hang")
	var f Frequency
	for periodic || listed {
		item := sc.frequencyItem()
		if item == 0 {
			break
		}
		f |= item
		if !sc.mark(",") && !sc.mark(";") && !sc.word("va") {
			break
		}
	}
	switch {
	case f == 0 && listed:
		return 0, true, "want what recurs after \"hằng\": tuần, tháng, quý, 6 tháng or năm"
	case f == 0 && periodic:
		f = Periodic
	}
	if sc.word("hoac", "dot", "xuat") || (f == 0 && sc.word("dot", "xuat")) {
		f |= AdHoc
	}
	if f == 0 {
		sc.pos = start
		return 0, false, ""
	}
	return f, true, ""
}

// frequencyItem reads one item of a recurrence list.
func (sc *scanner) frequencyItem() Frequency {
	start := sc.pos
	if n, ok := sc.number(2); ok {
		if n == 6 && sc.word("thang") {
			return HalfYearly
		}
		sc.pos = start
		return 0
	}
	switch {
	case sc.word("tuan"):
		return Weekly
	case sc.word("thang"):
		return Monthly
	case sc.word("quy"):
		return Quarterly
	case sc.word("nam"), sc.word("cuoi", "nam"):
		return Yearly
	}
	return 0
}
