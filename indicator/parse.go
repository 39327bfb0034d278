package indicator

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/internal/vntext"
)

// ParseError reports a target phrase that cannot be read.
type ParseError struct {
	Input  string
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("indicator: cannot parse target %q: %s", e.Input, e.Reason)
}

// token is a word, a number or a sign of a phrase; plain is a word folded to
// lower case without diacritics, for matching.
type token struct {
	text  string
	plain string
	num   bool
	neg   bool // a figure with a minus sign: "-10%"
	word  bool // letters, as opposed to a figure or a sign such as "%"
	pos   int  // byte offset in the phrase
}

func tokenize(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		switch {
		case r >= '0' && r <= '9' || minusSign(s, i):
			neg := r < '0' || r > '9'
			if neg {
				i += size
			}
			digits := i
			// Digits with Vietnamese separators: "12,5", "1.234", "1.234,5".
			for i < len(s) {
				c := s[i]
				if c >= '0' && c <= '9' || (c == ',' || c == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					i++
					continue
				}
				break
			}
			out = append(out, token{text: s[digits:i], num: true, neg: neg, pos: start})
		case unicode.IsLetter(r):
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
					break
				}
				i += size
			}
			w := s[start:i]
			out = append(out, token{text: w, plain: vntext.Plain(vntext.Fold(w)), word: true, pos: start})
		case strings.ContainsRune("%≥≤<>=", r):
			i += size
			if (r == '<' || r == '>') && i < len(s) && s[i] == '=' {
				i++
			}
			out = append(out, token{text: s[start:i], plain: s[start:i], pos: start})
		default:
			i += size
		}
	}
	return out
}

// minusSign reports whether s[i:] starts with a minus sign of a figure: a
// "-" or "−" directly before a digit, unless it joins the figure to what is
// before it, a word ("COVID-19") or another figure ("2016-2020", "2016 -2020",
// "60%-70%"). So "-5%", "≥ -1", "≥-1" and "tăng -10%" are negative.
func minusSign(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r != '-' && r != '−' || i+size >= len(s) || s[i+size] < '0' || s[i+size] > '9' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsLetter(before) || unicode.Is(unicode.Mn, before) {
		return false
	}
	before, _ = utf8.DecodeLastRuneInString(strings.TrimRightFunc(s[:i], unicode.IsSpace))
	return (before < '0' || before > '9') && before != '%'
}

// signed returns the value of a figure token, with its sign.
func signed(tok token) (decimal.Decimal, error) {
	v, err := number(tok.text)
	if tok.neg {
		v = v.Neg()
	}
	return v, err
}

// number reads a number written the Vietnamese way: a comma before the
// decimals, a dot between thousands ("1.234,5"). A dot followed by other
// than three digits is read as a decimal point ("0.5").
func number(s string) (decimal.Decimal, error) {
	t := s
	if strings.Contains(t, ",") {
		t = strings.ReplaceAll(t, ".", "")
		t = strings.Replace(t, ",", ".", 1)
	} else if parts := strings.Split(t, "."); len(parts) > 1 {
		thousands := true
		for _, p := range parts[1:] {
			thousands = thousands && len(p) == 3
		}
		if thousands {
			t = strings.Join(parts, "")
		}
	}
	return decimal.NewFromString(t)
}

// words reports whether the plain words ws start at tokens[i].
func words(toks []token, i int, ws ...string) bool {
	if i < 0 || i+len(ws) > len(toks) {
		return false
	}
	for k, w := range ws {
		if toks[i+k].plain != w {
			return false
		}
	}
	return true
}

// ParseTarget reads the first target of a phrase: "≥ 60%", "trên 50%",
// "tối thiểu 70%", "không dưới 70%", "đạt 100%", "100%", "ít nhất 03 huyện",
// "60% trở lên", "tăng từ 30% trở lên so với năm trước", "giảm 10%",
// "cấp độ 3", "từ 60% đến 80%", "nhóm C trở lên", "cao hơn so với năm
// trước"; also inside a sentence ("Trên 60% người dân hài lòng": the rest is
// the subject). Numbers take the Vietnamese decimal comma ("12,5%") and
// thousands dot ("1.234"). A phrase with several quantities ("ít nhất 3
// huyện và 8 sở") gives its first; ParseTargets gives all of them. Only a
// change may be negative ("tăng -10%": at most a 10% fall); a negative
// share, count or level, or a range that runs backwards, is a *ParseError.
func ParseTarget(s string) (Target, error) {
	ts, err := ParseTargets(s)
	if err != nil {
		return Target{}, err
	}
	return ts[0], nil
}

// ParseTargets reads every target of a phrase, in order; a quantity after
// "và" or a comma shares the comparison of the one before it ("ít nhất 03
// huyện và 08 sở": at least 3 districts and at least 8 departments).
func ParseTargets(s string) ([]Target, error) {
	toks := tokenize(s)
	if len(toks) == 0 {
		return nil, &ParseError{Input: s, Reason: "empty"}
	}
	var out []Target
	var prev *Target
	for i := 0; i < len(toks); i++ {
		t, next, ok := readTarget(s, toks, i, prev)
		if !ok {
			continue
		}
		if reason := t.impossible(); reason != "" {
			return nil, &ParseError{Input: s, Reason: reason}
		}
		out = append(out, t)
		prev = &out[len(out)-1]
		i = next - 1
	}
	if len(out) == 0 {
		return nil, &ParseError{Input: s, Reason: "no figure, comparison or change to measure"}
	}
	for i := range out {
		out[i].text = s
	}
	return out, nil
}

// readTarget reads a target whose figure (or change word) is at toks[i],
// looking back for the words that qualify it.
func readTarget(s string, toks []token, i int, prev *Target) (Target, int, bool) {
	t := Target{cmp: AtLeast, direction: HigherIsBetter}
	tok := toks[i]
	switch {
	case tok.plain == "nhom" && i+1 < len(toks) && len(toks[i+1].text) == 1 && toks[i+1].text[0] >= 'A' && toks[i+1].text[0] <= 'Z':
		t.measure, t.direction, t.cmp = Rank, LowerIsBetter, Exactly
		t.value = decimal.NewFromInt(int64(toks[i+1].text[0]-'A') + 1)
		next := i + 2
		if words(toks, next, "tro", "len") {
			t.cmp, next = AtMost, next+2
		}
		t.subject = rest(s, toks, next)
		return t, next, true
	case tok.num:
	case (tok.plain == "tang" || tok.plain == "giam" || words(toks, i, "cao", "hon") || words(toks, i, "thap", "hon")) && !followedByNumber(toks, i):
		// A change with no figure: "cao hơn so với năm trước", "giảm".
		t.measure, t.cmp, t.unit = Growth, MoreThan, "%"
		if tok.plain == "giam" || tok.plain == "thap" {
			t.direction = LowerIsBetter
		}
		next := i + 1
		if words(toks, next, "hon") {
			next++
		}
		next = t.readAgainst(s, toks, next)
		t.subject = rest(s, toks, next)
		return t, next, true
	default:
		return Target{}, 0, false
	}
	v, err := signed(tok)
	if err != nil {
		return Target{}, 0, false
	}
	t.value = v
	t.readQualifiers(toks, i, prev)
	next := i + 1
	if next < len(toks) && toks[next].plain == "%" {
		t.unit = "%"
		next++
		if t.measure == MeasureUnspecified {
			t.measure = Percentage
		}
	}
	switch {
	case words(toks, next, "tro", "len"):
		t.cmp, next = AtLeast, next+2
	case words(toks, next, "tro", "xuong"):
		t.cmp, next = AtMost, next+2
	case words(toks, next, "den") && next+1 < len(toks) && toks[next+1].num:
		upper, err := signed(toks[next+1])
		if err != nil {
			return Target{}, 0, false
		}
		t.cmp, t.upper, next = Between, upper, next+2
		if next < len(toks) && toks[next].plain == "%" {
			next++
		}
	}
	if t.unit == "" {
		// The counted noun: the words up to the next figure, sign or
		// joining word.
		end := next
		for end < len(toks) && toks[end].word && !isJoin(toks, end) {
			end++
		}
		if end > next {
			last := toks[end-1]
			t.unit = s[toks[next].pos : last.pos+len(last.text)]
		}
		next = end
	}
	if t.measure == MeasureUnspecified {
		t.measure = Count
	}
	next = t.readAgainst(s, toks, next)
	t.subject = rest(s, toks, next)
	return t, next, true
}

// impossible says why a target as read cannot be meant, or returns "".
// Only a change can be negative ("tăng -10%": a fall of at most 10%); a
// negative share, count or level is a slip, and reading it as positive
// would turn it into another target.
func (t Target) impossible() string {
	if t.measure != Growth && (t.value.IsNegative() || t.upper.IsNegative()) {
		what := "a figure"
		switch t.measure {
		case Percentage:
			what = "a percentage"
		case Count:
			what = "a count"
		case Level:
			what = "a level"
		}
		v := t.value
		if !v.IsNegative() {
			v = t.upper
		}
		return fmt.Sprintf("%s cannot be negative (%s)", what, t.figure(v))
	}
	if t.cmp == Between && t.value.GreaterThan(t.upper) {
		return fmt.Sprintf("the range from %s to %s runs backwards, so nothing can meet it", t.figure(t.value), t.figure(t.upper))
	}
	return ""
}

// figure writes v as the phrase would, unrounded, with the target's unit.
func (t Target) figure(v decimal.Decimal) string {
	return written(v.String(), t.unit, Vietnamese)
}

func followedByNumber(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].num {
			return true
		}
	}
	return false
}

// isJoin reports whether toks[i] starts words that join or qualify
// quantities rather than name what is counted.
func isJoin(toks []token, i int) bool {
	switch toks[i].plain {
	case "va", "hoac", "den":
		return true
	}
	return words(toks, i, "so", "voi") || words(toks, i, "tro", "len") || words(toks, i, "tro", "xuong")
}

// readQualifiers reads the words before the figure at toks[i]: the
// comparison, a change, a level.
func (t *Target) readQualifiers(toks []token, i int, prev *Target) {
	found := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].plain
		switch {
		case toks[k].num:
			k = -1 // the previous quantity's words are not ours
			continue
		case w == "≥" || w == ">=" || words(toks, k, "toi", "thieu") || words(toks, k, "khong", "duoi") || words(toks, k, "it", "nhat"):
			t.cmp, found = AtLeast, true
		case w == ">" || w == "tren" || w == "hon":
			if k == 0 || toks[k-1].plain != "khong" {
				t.cmp, found = MoreThan, true
			}
		case w == "≤" || w == "<=" || words(toks, k, "toi", "da") || words(toks, k, "khong", "qua") || (w == "tren" && k > 0 && toks[k-1].plain == "khong"):
			t.cmp, found = AtMost, true
		case w == "<" || (w == "duoi" && (k == 0 || toks[k-1].plain != "khong")):
			t.cmp, found = LessThan, true
		case w == "=" || words(toks, k, "bang"):
			t.cmp, found = Exactly, true
		case w == "tang":
			t.measure = Growth
		case w == "giam":
			t.measure, t.direction = Growth, LowerIsBetter
		case w == "do" && k > 0 && (toks[k-1].plain == "cap" || toks[k-1].plain == "muc"):
			t.measure = Level
		}
	}
	if !found && prev != nil && between(toks, prev, i) {
		t.cmp = prev.cmp
		if prev.measure == Growth || prev.measure == Level {
			t.measure, t.direction = prev.measure, prev.direction
		}
	}
}

// between reports whether only a joining word or comma separates the
// previous target from the figure at i ("03 huyện và 08 sở").
func between(toks []token, prev *Target, i int) bool {
	return i > 0 && (toks[i-1].plain == "va" || toks[i-1].plain == "hoac")
}

// readAgainst reads "so với năm trước" after a figure and keeps its words.
func (t *Target) readAgainst(s string, toks []token, next int) int {
	if !words(toks, next, "so", "voi") {
		return next
	}
	end := next + 2
	for end < len(toks) && toks[end].word && !isJoin(toks, end) && end < next+5 {
		end++
	}
	if end > next+2 {
		last := toks[end-1]
		t.against = s[toks[next+2].pos : last.pos+len(last.text)]
		if t.measure != Growth {
			t.measure = Growth
		}
	}
	return end
}

// rest returns the phrase from toks[next] to its end or to the next
// quantity joined by "và" or "hoặc", trimmed.
func rest(s string, toks []token, next int) string {
	if next >= len(toks) {
		return ""
	}
	end := len(s)
	for k := next; k+1 < len(toks); k++ {
		if (toks[k].plain == "va" || toks[k].plain == "hoac") && toks[k+1].num {
			end = toks[k].pos
			break
		}
	}
	return strings.TrimSpace(strings.TrimRight(s[toks[next].pos:end], " .;,"))
}
