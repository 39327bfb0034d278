package indicator

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// cueKind says what a word before a quantity does to it.
type cueKind uint8

const (
	cueCompare  cueKind = iota + 1 // sets the comparison: "ít nhất", "trên"
	cueFrom                        // "từ": at least, or the start of a range
	cueUp                          // growth: "tăng"
	cueDown                        // decrease: "giảm"
	cueLevel                       // "cấp độ", "mức độ"
	cuePresence                    // marks a target without changing it: "đạt", "ở"
	cueNeutral                     // may stand between the cue and the number: "tỷ lệ", "mức"
)

type cue struct {
	words []string
	kind  cueKind
	cmp   Comparison
}

// cues are the words the plans put before a quantity. "không" before a
// strict comparison negates it ("không dưới" is at least, "không quá" at
// most), so the negated forms need no entries of their own.
var cues = func() []cue {
	var cs []cue
	add := func(kind cueKind, cmp Comparison, phrases ...string) {
		for _, p := range phrases {
			cs = append(cs, cue{words: strings.Fields(p), kind: kind, cmp: cmp})
		}
	}
	add(cueCompare, AtLeast, "≥", "ít nhất", "tối thiểu")
	add(cueCompare, MoreThan, ">", "trên", "hơn", "cao hơn", "lớn hơn", "nhiều hơn", "vượt", "vượt quá", "quá")
	add(cueCompare, AtMost, "≤", "tối đa", "nhiều nhất")
	add(cueCompare, LessThan, "<", "dưới", "thấp hơn", "ít hơn", "nhỏ hơn")
	add(cueCompare, Exactly, "=", "đúng", "bằng")
	add(cueFrom, AtLeast, "từ")
	add(cueUp, 0, "tăng")
	add(cueDown, 0, "giảm", "cắt giảm")
	add(cueLevel, 0, "cấp độ", "mức độ")
	add(cuePresence, 0, "đạt", "ở", "lên", "xuống", "là", "phấn đấu", "đảm bảo", "bảo đảm")
	add(cueNeutral, 0, "tỷ lệ", "tỉ lệ", "mức", "mục tiêu", "chỉ tiêu")
	return cs
}()

// moneyUnits are the units that make a number an amount. A bare "đồng"
// counts only when no word follows it: "3 đồng chí" are three comrades.
var moneyUnits = [][]string{
	{"nghìn", "đồng"}, {"ngàn", "đồng"}, {"triệu", "đồng"}, {"tỷ", "đồng"}, {"tỉ", "đồng"},
	{"vnđ"}, {"vnd"}, {"usd"}, {"đồng"},
}

// leadingVerbs open a clause without being part of what it measures.
var leadingVerbs = [][]string{{"phấn", "đấu"}, {"đảm", "bảo"}, {"bảo", "đảm"}}

// ParseTarget reads the first target in s: a phrase such as "Trên 60%",
// "≥ 60%", "ít nhất 3 huyện", "tăng 30% so với năm trước", "giảm 10%",
// "cấp độ 3", "từ 60% đến 80%", "nhóm C trở lên", or an objective sentence
// that contains one ("Trên 60% người dân hài lòng"). Numbers may be written
// Vietnamese style ("12,5%", "1.234") or plain ("12.5%"). A bare quantity
// ("80%", "100%", "3 huyện" at the start) means that much or better. A
// phrase with no quantity that starts with "có" or "không" is a yes/no
// target. The whole of s is kept as the target's Text; use ParseTargets to
// read every target of a sentence.
func ParseTarget(s string) (Target, error) {
	if !utf8.ValidString(s) {
		return Target{}, &ParseError{What: "target", Input: s, Reason: "not valid UTF-8"}
	}
	items := scan(s)
	if len(items) > 0 {
		it := items[0]
		if it.err != nil {
			return Target{}, &ParseError{What: "target", Input: s, Reason: it.err.Error()}
		}
		return it.target.WithText(s), nil
	}
	if t, ok := parseYesNo(s); ok {
		return t, nil
	}
	return Target{}, &ParseError{What: "target", Input: s, Reason: "no quantity found"}
}

// ParseTargets reads every target in s, in the order written. Quantities
// joined by "và" or a comma share the comparison before them: "ít nhất 03
// huyện và 08 sở" gives two targets, at least 3 districts and at least 8
// departments, with subjects "huyện" and "sở". Each target's Text is the
// clause it was read from (clauses end at ";", ".", ":" or a new line). A
// bare count or level is read only at the start of s or after a word that
// marks a target ("đạt", "ở", "ít nhất", ...), so dates, document numbers and
// section numbers are not mistaken for targets. Quantities that cannot be
// read are reported together in the error, next to the targets that could.
func ParseTargets(s string) ([]Target, error) {
	if !utf8.ValidString(s) {
		return nil, &ParseError{What: "target", Input: s, Reason: "not valid UTF-8"}
	}
	var ts []Target
	var errs []error
	for _, it := range scan(s) {
		if it.err != nil {
			errs = append(errs, &ParseError{What: "target", Input: it.text, Reason: it.err.Error()})
			continue
		}
		ts = append(ts, it.target)
	}
	return ts, errors.Join(errs...)
}

// parseYesNo reads a phrase that starts with "có" (yes) or "không" (no).
func parseYesNo(s string) (Target, bool) {
	text, toks := lex(s)
	first := firstContent(toks, 0, len(toks))
	if first >= len(toks) || (!toks[first].is("có") && !toks[first].is("không")) {
		return Target{}, false
	}
	for _, t := range toks {
		if t.clauseEnd() {
			return Target{}, false
		}
	}
	v := decimal.Zero
	if toks[first].is("có") {
		v = decimal.NewFromInt(1)
	}
	t := Target{measure: MeasureYesNo, comparison: Exactly, value: v, upper: v}
	a, b := trimSubject(toks, first+1, len(toks))
	t.subject = joinText(text, toks, a, b, -1)
	return t.WithText(s), true
}

// item is one quantity found by scan: a target, or the error that stopped it.
type item struct {
	target Target
	err    error
	text   string // the clause, for error messages
}

// quantity is a quantity found in a clause, before it becomes a Target.
type quantity struct {
	start, end int // token span, cue words included
	measure    Measure
	cmp        Comparison // as the words say it, before decreases and groups turn it round
	lo, hi     decimal.Decimal
	ranged     bool
	unit       string
	growth     int  // +1 "tăng", -1 "giảm", 0 neither
	level      bool // "cấp độ"
	from       bool // "từ": a later "trở lên" in the clause belongs to it
	suffix     Comparison
	err        error
}

// scanner holds one text being scanned.
type scanner struct {
	text  string
	toks  []token
	first int // index of the first word or number of the text
}

// scan finds the quantities of s, clause by clause.
func scan(s string) []item {
	text, toks := lex(s)
	sc := &scanner{text: text, toks: toks, first: firstContent(toks, 0, len(toks))}
	var items []item
	for cs := 0; cs < len(toks); {
		ce := cs
		for ce < len(toks) && !toks[ce].clauseEnd() {
			ce++
		}
		items = append(items, sc.clause(cs, ce)...)
		cs = ce + 1
	}
	return items
}

// firstContent returns the index of the first word or number in toks[a:b],
// or b.
func firstContent(toks []token, a, b int) int {
	for a < b && toks[a].kind == tokSymbol {
		a++
	}
	return a
}

// clause finds the quantities of toks[cs:ce] and turns them into targets.
func (sc *scanner) clause(cs, ce int) []item {
	var qs []quantity
	clauseFirst := firstContent(sc.toks, cs, ce)
	for i := cs; i < ce; {
		lower := cs
		var prev *quantity
		if len(qs) > 0 {
			prev = &qs[len(qs)-1]
			lower = prev.end
		}
		q, ok := sc.quantityAt(i, lower, ce, clauseFirst, prev)
		if !ok {
			i++
			continue
		}
		qs = append(qs, q)
		i = q.end
	}
	if len(qs) == 0 {
		return nil
	}
	clauseText := strings.Join(strings.Fields(sc.text[sc.toks[cs].start:sc.toks[ce-1].end]), " ")
	items := make([]item, len(qs))
	before := cs
	for n, q := range qs {
		items[n].text = clauseText
		after := ce
		if n+1 < len(qs) {
			after = qs[n+1].start
		}
		if q.err != nil {
			items[n].err = q.err
			before = q.end
			continue
		}
		t, used, err := sc.target(q, before, after)
		items[n].target, items[n].err = t.WithText(clauseText), err
		before = max(q.end, used) // an error's zero leaves q.end
	}
	return items
}

// quantityAt reads a quantity at token i, if one starts or stands there:
// a number, "nhóm" and a letter, "tất cả" opening the clause, or a growth
// word without a number ("cao hơn so với năm trước", "tỷ lệ giảm").
func (sc *scanner) quantityAt(i, lower, ce, clauseFirst int, prev *quantity) (quantity, bool) {
	toks := sc.toks
	t := toks[i]
	switch {
	case t.kind == tokNumber && !t.code:
		return sc.numberQuantity(i, lower, ce, prev)
	case t.is("nhóm") && i+1 < ce && isGroupLetter(toks[i+1]):
		return sc.groupQuantity(i, lower, ce)
	case i == clauseFirst && t.is("tất") && i+1 < ce && toks[i+1].is("cả"):
		hundredPct := decimal.NewFromInt(100)
		return quantity{start: i, end: i + 2, measure: MeasurePercent, cmp: AtLeast, lo: hundredPct, hi: hundredPct, unit: "%"}, true
	}
	return sc.bareGrowth(i, lower, ce)
}

// matchEnding returns the longest cue whose words end at token k, starting
// no earlier than lower, and its length in tokens.
func (sc *scanner) matchEnding(k, lower int) (cue, int) {
	var best cue
	n := 0
	for _, c := range cues {
		l := len(c.words)
		if l <= n || k-l+1 < lower {
			continue
		}
		if sc.wordsAt(k-l+1, c.words) {
			best, n = c, l
		}
	}
	return best, n
}

// wordsAt reports whether the tokens from k read words.
func (sc *scanner) wordsAt(k int, words []string) bool {
	if k < 0 || k+len(words) > len(sc.toks) {
		return false
	}
	for j, w := range words {
		if !sc.toks[k+j].is(w) {
			return false
		}
	}
	return true
}

// cueState is what the words before a quantity said.
type cueState struct {
	start    int
	cmp      Comparison
	from     bool
	growth   int
	level    bool
	presence bool
}

// backScan walks back from token i over the cue words before it.
func (sc *scanner) backScan(i, lower int) cueState {
	st := cueState{start: i}
	for k := i - 1; k >= lower; {
		c, n := sc.matchEnding(k, lower)
		if n == 0 {
			break
		}
		start := k - n + 1
		switch c.kind {
		case cueCompare, cueFrom:
			// A comparison stands between the growth word and the number
			// ("tăng ít nhất 30%"), and there is only one.
			if st.growth != 0 || st.cmp != ComparisonUnspecified {
				return st
			}
			st.cmp, st.from = c.cmp, c.kind == cueFrom
			if neg, ok := c.cmp.negate(); ok && start-1 >= lower && sc.toks[start-1].is("không") {
				st.cmp, start = neg, start-1
			}
		case cueUp, cueDown:
			if st.growth != 0 {
				return st
			}
			st.growth = 1
			if c.kind == cueDown {
				st.growth = -1
			}
		case cueLevel:
			if st.level || st.growth != 0 {
				return st
			}
			st.level = true
		case cuePresence:
			st.presence = true
		}
		st.start = start
		k = start - 1
	}
	return st
}

// numberQuantity reads the quantity whose number is token i.
func (sc *scanner) numberQuantity(i, lower, ce int, prev *quantity) (quantity, bool) {
	toks := sc.toks
	st := sc.backScan(i, lower)
	q := quantity{start: st.start, cmp: st.cmp, from: st.from, growth: st.growth, level: st.level}
	lo, err := parseNumber(toks[i].low)
	q.lo, q.hi, q.err = lo, lo, err
	k, unit, pct := sc.unitAt(i+1, ce)
	q.unit = unit
	// A range: "từ 60% đến 80%", "60-80%", "từ cấp độ 2 đến 3".
	if k < ce && (toks[k].is("đến") || toks[k].is("tới") || toks[k].is("-")) {
		m := k + 1
		if _, n := sc.matchLevel(m, ce); n > 0 && q.level {
			m += n
		}
		if m < ce && toks[m].kind == tokNumber && !toks[m].code {
			hi, err := parseNumber(toks[m].low)
			if q.err == nil {
				q.hi, q.err = hi, err
			}
			end, unit2, pct2 := sc.unitAt(m+1, ce)
			switch {
			case unit == "" && unit2 != "":
				q.unit = unit2
			case unit2 != "" && unit2 != unit && q.err == nil:
				q.err = errors.New("the two ends of the range have different units")
			}
			pct = pct || pct2
			q.ranged, k = true, end
		}
	}
	k = sc.suffixAt(&q, k, ce)
	q.end = k
	// Quantities joined by "và" or a comma share what came before the first.
	inherited := false
	if j := q.start - 1; prev != nil && j >= prev.end && (toks[j].is("và") || toks[j].is(",") || toks[j].is("hoặc")) &&
		st.cmp == ComparisonUnspecified && st.growth == 0 && !st.presence {
		inherited = true
		q.cmp, q.from = prev.cmp, false
		if prev.growth != 0 && pct {
			q.growth = prev.growth
		}
		if prev.level && unit == "" && !q.level {
			q.level = true
		}
	}
	atStart := q.start <= sc.first
	if atStart && !inherited && !pct && st.cmp == ComparisonUnspecified && !st.presence && st.growth == 0 && !st.level {
		listMark := i+1 < len(toks) && toks[i+1].start == toks[i].end && (toks[i+1].is(".") || toks[i+1].is(")"))
		section := strings.Contains(toks[i].low, ".") && !strings.Contains(toks[i].low, ",") && !groupedThousands(toks[i].low)
		if listMark || section {
			return quantity{}, false // a list or section number: "7. Chất lượng", "3)", "5.8 Thực hiện"
		}
	}
	cued := st.cmp != ComparisonUnspecified || st.growth != 0 || st.presence || inherited || atStart
	switch {
	case q.level:
		q.measure = MeasureLevel
		if !cued {
			return quantity{}, false
		}
		if q.unit != "" && q.err == nil {
			q.err = errors.New("a level takes no unit")
		}
	case q.growth != 0:
		q.measure = MeasureGrowth
		if !pct && q.err == nil {
			q.err = errors.New("a change must be given in percent")
		}
	case pct:
		q.measure = MeasurePercent
	case q.unit != "":
		q.measure = MeasureAmount
	default:
		q.measure = MeasureCount
	}
	if !pct && !cued {
		return quantity{}, false
	}
	return q, true
}

// unitAt reads the unit after a number at token k: a percent sign, "phần
// trăm", or a money unit. It returns the token after the unit.
func (sc *scanner) unitAt(k, ce int) (next int, unit string, percent bool) {
	n, unit, percent := unitLen(sc.toks, k, ce)
	return k + n, unit, percent
}

// unitLen returns the number of tokens of the unit at toks[k], up to ce.
func unitLen(toks []token, k, ce int) (n int, unit string, percent bool) {
	switch {
	case k < ce && toks[k].is("%"):
		return 1, "%", true
	case startsAny(toks[:ce], k, [][]string{{"phần", "trăm"}}):
		return 2, "%", true
	}
	for _, u := range moneyUnits {
		if !startsAny(toks[:ce], k, [][]string{u}) {
			continue
		}
		if len(u) == 1 && u[0] == "đồng" && k+1 < ce && toks[k+1].kind == tokWord {
			continue
		}
		return len(u), strings.Join(u, " "), false
	}
	return 0, "", false
}

// matchLevel reports the length of a level word ("cấp độ") at token k.
func (sc *scanner) matchLevel(k, ce int) (cue, int) {
	for _, c := range cues {
		if c.kind == cueLevel && k+len(c.words) <= ce && sc.wordsAt(k, c.words) {
			return c, len(c.words)
		}
	}
	return cue{}, 0
}

// suffixAt reads "trở lên" or "trở xuống" at token k into q.
func (sc *scanner) suffixAt(q *quantity, k, ce int) int {
	if k+1 >= ce || !sc.toks[k].is("trở") {
		return k
	}
	switch {
	case sc.toks[k+1].is("lên"):
		q.suffix = AtLeast
	case sc.toks[k+1].is("xuống"):
		q.suffix = AtMost
	default:
		return k
	}
	return k + 2
}

// groupQuantity reads "nhóm C", "nhóm C trở lên", "từ nhóm A đến nhóm C".
func (sc *scanner) groupQuantity(i, lower, ce int) (quantity, bool) {
	toks := sc.toks
	st := sc.backScan(i, lower)
	lo := groupNumber(toks[i+1])
	q := quantity{start: st.start, cmp: st.cmp, from: st.from, measure: MeasureGroup, lo: lo, hi: lo}
	if st.growth != 0 || st.level {
		q.err = errors.New("a rank group cannot grow or have a level")
	}
	k := i + 2
	if k < ce && (toks[k].is("đến") || toks[k].is("tới") || toks[k].is("-")) {
		m := k + 1
		if m < ce && toks[m].is("nhóm") {
			m++
		}
		if m < ce && isGroupLetter(toks[m]) {
			q.hi, q.ranged, k = groupNumber(toks[m]), true, m+1
		}
	}
	q.end = sc.suffixAt(&q, k, ce)
	return q, true
}

func isGroupLetter(t token) bool {
	return t.kind == tokWord && len(t.low) == 1 && t.low[0] >= 'a' && t.low[0] <= 'z'
}

func groupNumber(t token) decimal.Decimal { return decimal.NewFromInt(int64(t.low[0]-'a') + 1) }

// bareGrowth reads a change with no number: "cao hơn so với năm trước",
// "tăng so với năm trước", "tỷ lệ giảm chi phí", or "giảm" opening the text.
func (sc *scanner) bareGrowth(i, lower, ce int) (quantity, bool) {
	toks := sc.toks
	var c cue
	n := 0
	for _, cc := range cues {
		l := len(cc.words)
		if l > n && i+l <= ce && sc.wordsAt(i, cc.words) {
			c, n = cc, l
		}
	}
	if n == 0 {
		return quantity{}, false
	}
	growth := 0
	switch {
	case c.kind == cueUp, c.kind == cueCompare && c.cmp == MoreThan:
		growth = 1
	case c.kind == cueDown, c.kind == cueCompare && c.cmp == LessThan:
		growth = -1
	default:
		return quantity{}, false
	}
	end := i + n
	comparedWith := end+1 < ce && toks[end].is("so") && toks[end+1].is("với")
	growthWord := c.kind == cueUp || c.kind == cueDown
	if end < ce && (toks[end].kind == tokNumber || toks[end].is("không") || sc.startsCue(end, ce)) {
		return quantity{}, false // a quantity follows: the number reads it
	}
	start := i
	afterRate := i-1 >= lower && (toks[i-1].is("lệ")) && i-2 >= lower && (toks[i-2].is("tỷ") || toks[i-2].is("tỉ"))
	// "Tăng cường", "giảm thiểu": a growth word opening the text is a
	// target only when it stands alone.
	alone := i <= sc.first && firstContent(toks, end, ce) == ce
	if !comparedWith && !(growthWord && (afterRate || alone)) {
		return quantity{}, false
	}
	// Take in the words that lead to it: "đạt tỷ lệ % cao hơn".
	for k := i - 1; k >= lower; k-- {
		if toks[k].is("%") {
			start = k
			continue
		}
		cc, m := sc.matchEnding(k, lower)
		if m == 0 || (cc.kind != cuePresence && cc.kind != cueNeutral) {
			break
		}
		start = k - m + 1
		k = start
	}
	cmp := MoreThan
	if growth < 0 {
		cmp = LessThan
	}
	return quantity{start: start, end: end, measure: MeasureGrowth, cmp: cmp, unit: "%", lo: decimal.Zero, hi: decimal.Zero}, true
}

// startsCue reports whether a comparison, growth or level word starts at k.
func (sc *scanner) startsCue(k, ce int) bool {
	for _, c := range cues {
		if c.kind != cuePresence && c.kind != cueNeutral && k+len(c.words) <= ce && sc.wordsAt(k, c.words) {
			return true
		}
	}
	return false
}

// target turns q into a Target, taking its subject from the tokens after it
// up to after, or failing those from the tokens before it down to before.
// It also returns the end of the tokens it used, so that the next quantity
// does not take them for its subject.
func (sc *scanner) target(q quantity, before, after int) (Target, int, error) {
	cmp := q.cmp
	if q.suffix != ComparisonUnspecified {
		switch cmp {
		case ComparisonUnspecified, q.suffix:
			cmp = q.suffix
		case MoreThan:
			if q.suffix != AtLeast {
				return Target{}, 0, errors.New("contradictory comparison")
			}
		case LessThan:
			if q.suffix != AtMost {
				return Target{}, 0, errors.New("contradictory comparison")
			}
		default:
			return Target{}, 0, errors.New("contradictory comparison")
		}
	}
	if q.ranged {
		if q.cmp != ComparisonUnspecified && !q.from || q.suffix != ComparisonUnspecified {
			return Target{}, 0, errors.New("a range takes no other comparison")
		}
		cmp = Between
	}
	if cmp == ComparisonUnspecified {
		cmp = AtLeast // a bare quantity means that much or better
	}
	lo, hi := q.lo, q.hi
	if q.growth < 0 {
		// "giảm ít nhất 10%" is a growth of at most -10%.
		cmp, lo, hi = cmp.flip(), hi.Neg(), lo.Neg()
	}
	if q.measure == MeasureGroup {
		cmp = cmp.flip() // a better group has a lower number
	}
	if cmp == Between && hi.LessThan(lo) {
		return Target{}, 0, errors.New("the range runs backwards")
	}
	t := Target{measure: q.measure, comparison: cmp, value: lo, upper: hi, unit: q.unit}
	if cmp != Between {
		t.upper = lo
	}
	if err := t.validate(); err != nil {
		var ve *ValueError
		if errors.As(err, &ve) {
			return Target{}, 0, ve.Err
		}
		return Target{}, 0, err
	}
	// The subject: what follows the quantity, else what precedes it. A
	// "trở lên" closing a "từ ..." quantity is the quantity's, not the subject's.
	skip := -1
	if q.from && q.suffix == ComparisonUnspecified && !q.ranged {
		for k := q.end; k+1 < after; k++ {
			if sc.toks[k].is("trở") && sc.toks[k+1].is("lên") {
				skip = k
				break
			}
		}
	}
	subjEnd, used := after, q.end
	if q.measure == MeasureGrowth {
		for k := q.end; k+1 < after; k++ {
			if sc.toks[k].is("so") && sc.toks[k+1].is("với") {
				// What a change is compared with is short ("năm trước",
				// "cùng kỳ năm 2016"): it ends at a comma or "và".
				e := k + 2
				for e < after && !sc.toks[e].is(",") && !sc.toks[e].is("và") {
					e++
				}
				a, b := trimSubject(sc.toks, k+2, e)
				t.against = joinText(sc.text, sc.toks, a, b, -1)
				subjEnd, used = k, e
				break
			}
		}
	}
	a, b := trimSubject(sc.toks, q.end, subjEnd)
	if skip >= 0 && skip+2 == b {
		b, skip = skip, -1
		a, b = trimSubject(sc.toks, a, b)
	}
	// The words after the quantity are its subject when they follow it
	// directly ("80% văn bản"); after a comma they start a new phrase and the
	// subject is what led to the quantity ("sự hài lòng ... đạt 60% trở lên,
	// ..."). Levels describe what precedes them ("dịch vụ công ở mức độ 2").
	direct := q.end < subjEnd && sc.toks[q.end].kind != tokSymbol && !sc.toks[q.end].is("và") && !sc.toks[q.end].is("hoặc")
	preferBefore := q.measure == MeasureLevel || !direct
	t.subject = joinText(sc.text, sc.toks, a, b, skip)
	if t.subject == "" || preferBefore {
		if a, b := sc.subjectBefore(before, q.start); a < b {
			t.subject = joinText(sc.text, sc.toks, a, b, -1)
			t.subjectBefore = true
		}
	}
	return t, used, nil
}

// subjectBefore returns the subject that leads to a quantity in toks[a:b]:
// the words after the last opening verb ("phấn đấu", "đảm bảo"), trimmed.
func (sc *scanner) subjectBefore(a, b int) (int, int) {
	for k := b - 2; k >= a; k-- {
		if startsAny(sc.toks, k, leadingVerbs) {
			a = k + 2
			break
		}
	}
	a, b = trimSubject(sc.toks, a, b)
	// Words that would read as cues next to the quantity are left out, so
	// that the subject reads back the same way ("... tỷ lệ", "... đạt").
	for a < b {
		_, n := sc.matchEnding(b-1, a)
		if n == 0 {
			break
		}
		a, b = trimSubject(sc.toks, a, b-n)
	}
	// A number opening the subject is a list or section number ("5.8",
	// "7.") or a stray figure, not part of what is measured; left in, it
	// would read as a quantity of its own at the start of the phrase.
	for a < b && sc.toks[a].kind == tokNumber {
		a, b = trimSubject(sc.toks, a+1, b)
	}
	return a, b
}

// trimSubject narrows toks[a:b] to the words of a subject: without the
// punctuation, connectors and opening verbs ("phấn đấu") around it, and
// without the words a quantity would take as its own ("trở lên", a unit).
func trimSubject(toks []token, a, b int) (int, int) {
	has := func(sym string) bool {
		for k := a; k < b; k++ {
			if toks[k].is(sym) {
				return true
			}
		}
		return false
	}
	for a < b {
		n := leadingJunk(toks, a, b, has(")"))
		if n == 0 {
			break
		}
		a += n
	}
	for a < b {
		t := toks[b-1]
		switch {
		case t.kind == tokSymbol && !(t.is(")") && has("(")):
		case t.is("và") || t.is("hoặc") || t.is("không"):
		case t.codeAfter: // code only because of the slash or colon cut off after it
		default:
			return a, b
		}
		b--
	}
	return a, b
}

// leadingJunk returns how many tokens at toks[a] cannot open a subject.
func leadingJunk(toks []token, a, b int, closes bool) int {
	t := toks[a]
	switch {
	case t.kind == tokSymbol && !(t.is("(") && closes):
		return 1
	case t.is("và") || t.is("hoặc"):
		return 1
	case a+1 < b && t.is("trở") && (toks[a+1].is("lên") || toks[a+1].is("xuống")):
		return 2
	case a+1 < b && startsAny(toks, a, leadingVerbs):
		return 2
	case (t.is("đến") || t.is("tới")) && a+1 < b &&
		(toks[a+1].kind == tokNumber || toks[a+1].is("nhóm") || toks[a+1].is("cấp") || toks[a+1].is("mức")):
		return 1 // would read as the end of a range
	}
	n, _, _ := unitLen(toks, a, b) // a unit the quantity would take as its own
	return n
}

func startsAny(toks []token, a int, phrases [][]string) bool {
	for _, p := range phrases {
		if a+len(p) <= len(toks) {
			ok := true
			for j, w := range p {
				if !toks[a+j].is(w) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// joinText returns the text of toks[a:b] as written, leaving out the two
// tokens at skip ("trở lên") when skip >= 0, with runs of spaces collapsed.
func joinText(text string, toks []token, a, b, skip int) string {
	if a >= b {
		return ""
	}
	if skip < a || skip+2 > b {
		return strings.Join(strings.Fields(text[toks[a].start:toks[b-1].end]), " ")
	}
	s := text[toks[a].start:toks[skip].start] + " " + text[toks[skip+1].end:toks[b-1].end]
	return strings.Join(strings.Fields(s), " ")
}
