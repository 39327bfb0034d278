package indicator

import (
	"strings"

	"github.com/openpar/cchc/calendar"
	"github.com/shopspring/decimal"
)

// Target is a measurable objective of a plan: "Trên 60% người dân hài
// lòng", "ít nhất 03 huyện", "tăng từ 30% trở lên so với năm trước". It is
// an immutable value; the With methods return changed copies. Compare
// Targets with Equal. The zero Target is unset: its Measure is
// MeasureUnspecified and Met reports an error.
type Target struct {
	measure       Measure
	comparison    Comparison
	value, upper  decimal.Decimal // upper is used by Between only
	unit          string
	subject       string
	subjectBefore bool // the phrase put the subject before the quantity
	against       string
	period        calendar.Period
	baseline      Baseline
	hasBaseline   bool
	text          string
}

// Baseline is the value a target starts from: the level of the year before
// for a growth target, or the level when the plan began, from which progress
// is measured.
type Baseline struct {
	Value  decimal.Decimal
	Period calendar.Period // when the baseline was observed; may be unset
}

// NewTarget returns a target of measure m that compares with v. Counts,
// levels, groups and yes/no take whole numbers; a yes/no target is Exactly 1
// (yes) or Exactly 0 (no); a group is numbered from 1 for group A. Use
// NewRange for Between.
func NewTarget(m Measure, c Comparison, v decimal.Decimal) (Target, error) {
	if c == Between || c == ComparisonUnspecified || c > Between {
		return Target{}, &ValueError{What: "comparison", Input: c.String(), Err: ErrMeasure}
	}
	t := Target{measure: m, comparison: c, value: v, upper: v, unit: defaultUnit(m)}
	return t, t.validate()
}

// NewRange returns a target met by values from lo to hi, both included
// ("từ 60% đến 80%").
func NewRange(m Measure, lo, hi decimal.Decimal) (Target, error) {
	t := Target{measure: m, comparison: Between, value: lo, upper: hi, unit: defaultUnit(m)}
	return t, t.validate()
}

func defaultUnit(m Measure) string {
	if m == MeasurePercent || m == MeasureGrowth {
		return "%"
	}
	return ""
}

// validate checks the rules NewTarget and NewRange promise.
func (t Target) validate() error {
	bad := func(v decimal.Decimal, err error) error {
		return &ValueError{What: t.measure.String() + " target", Input: StylePlain.Number(v), Err: err}
	}
	if t.measure == MeasureUnspecified || t.measure > MeasureYesNo {
		return &ValueError{What: "target", Input: t.measure.String(), Err: ErrMeasure}
	}
	for _, v := range []decimal.Decimal{t.value, t.upper} {
		if err := checkValue(t.measure, v); err != nil {
			return bad(v, err)
		}
	}
	switch {
	case t.comparison == Between && t.upper.LessThan(t.value):
		return bad(t.upper, ErrMeasure)
	case t.comparison == Between && t.measure == MeasureGrowth && t.value.Sign() < 0 && t.upper.Sign() > 0:
		// A band across zero has no phrase: it is neither "tăng" nor "giảm".
		return bad(t.upper, ErrMeasure)
	case t.measure == MeasureYesNo && t.comparison != Exactly:
		return bad(t.value, ErrMeasure)
	}
	return nil
}

// checkValue checks that v can be a value of measure m.
func checkValue(m Measure, v decimal.Decimal) error {
	switch {
	case m.whole() && !v.IsInteger():
		return ErrNotWhole
	case m == MeasureGroup && v.Sign() <= 0, m == MeasureGroup && v.GreaterThan(decimal.NewFromInt(26)):
		return ErrMeasure
	case m == MeasureYesNo && !v.IsZero() && !v.Equal(decimal.NewFromInt(1)):
		return ErrMeasure
	case (m == MeasurePercent || m == MeasureCount || m == MeasureLevel) && v.Sign() < 0:
		return ErrNegative
	}
	return nil
}

// Measure returns what the target counts.
func (t Target) Measure() Measure { return t.measure }

// Comparison returns how a value must stand to the target's value.
func (t Target) Comparison() Comparison { return t.comparison }

// Value returns the target's value in its unit (60 for 60%), the lower bound
// for Between. A growth target's value is the change in percent, negative
// for a decrease ("giảm 10%" is -10); a group target's value is the group's
// number, 1 for A.
func (t Target) Value() decimal.Decimal { return t.value }

// Upper returns the upper bound of a Between target, and Value otherwise.
func (t Target) Upper() decimal.Decimal { return t.upper }

// Direction returns which way values are better: higher for at-least and
// more-than targets, lower for at-most and less-than targets (a lower group
// number is a better group), unspecified for exact and range targets.
func (t Target) Direction() Direction {
	switch t.comparison {
	case AtLeast, MoreThan:
		return HigherIsBetter
	case AtMost, LessThan:
		return LowerIsBetter
	}
	return DirectionUnspecified
}

// Unit returns the unit of the target's value: "%" for percentages and
// growth, the money unit of an amount ("triệu đồng"), and "" for counts,
// levels, groups and yes/no.
func (t Target) Unit() string { return t.unit }

// Subject returns what the target is about, as the plan wrote it:
// "người dân hài lòng" for "Trên 60% người dân hài lòng", "huyện" for "ít
// nhất 3 huyện".
func (t Target) Subject() string { return t.subject }

// Against returns what a growth target compares with, as written after "so
// với": "năm trước".
func (t Target) Against() string { return t.against }

// Period returns the period by whose end the target is due; unset unless
// set with WithPeriod.
func (t Target) Period() calendar.Period { return t.period }

// Baseline returns the target's baseline and whether it has one.
func (t Target) Baseline() (Baseline, bool) { return t.baseline, t.hasBaseline }

// Text returns the text the target was read from, unchanged, or "" for a
// target built with NewTarget.
func (t Target) Text() string { return t.text }

// WithSubject returns t about subject s.
func (t Target) WithSubject(s string) Target { t.subject, t.subjectBefore = s, false; return t }

// WithUnit returns t with unit u, such as the money unit of an amount.
func (t Target) WithUnit(u string) Target { t.unit = u; return t }

// WithAgainst returns t compared with s ("năm trước").
func (t Target) WithAgainst(s string) Target { t.against = s; return t }

// WithPeriod returns t due by the end of p.
func (t Target) WithPeriod(p calendar.Period) Target { t.period = p; return t }

// WithBaseline returns t starting from b.
func (t Target) WithBaseline(b Baseline) Target { t.baseline, t.hasBaseline = b, true; return t }

// WithText returns t with source text s.
func (t Target) WithText(s string) Target { t.text = s; return t }

// Equal reports whether t and u mean the same target: the same measure,
// comparison, values, unit, subject, comparison base, period and baseline.
// The source text and where the subject stood in it do not count.
func (t Target) Equal(u Target) bool {
	return t.measure == u.measure && t.comparison == u.comparison &&
		t.value.Equal(u.value) && t.upper.Equal(u.upper) &&
		t.unit == u.unit && t.subject == u.subject && t.against == u.against &&
		t.period == u.period && t.hasBaseline == u.hasBaseline &&
		t.baseline.Value.Equal(u.baseline.Value) && t.baseline.Period == u.baseline.Period
}

// Met reports whether value v meets the target. v is in the target's unit
// (60 means 60%, 3 means three districts, 3 means group C). For a growth
// target v is the observed level, compared with the baseline, so Met
// reports ErrNoBaseline when the target has none. It also reports values
// the measure cannot take: a negative count, a fraction of a district.
func (t Target) Met(v decimal.Decimal) (bool, error) {
	if err := t.checkObserved(v, ""); err != nil {
		return false, err
	}
	if t.measure != MeasureGrowth {
		return satisfies(t.comparison, v, t.value, t.upper), nil
	}
	b, err := t.growthBase()
	if err != nil {
		return false, err
	}
	// growth = (v-b)/b*100, compared without dividing: (v-b)*100 against value*b.
	return satisfies(t.comparison, v.Sub(b).Mul(hundred), t.value.Mul(b), t.upper.Mul(b)), nil
}

// checkObserved checks an observed value against the target's measure.
func (t Target) checkObserved(v decimal.Decimal, unit string) error {
	if t.measure == MeasureUnspecified || t.measure > MeasureYesNo {
		return &ValueError{What: "target", Input: t.String(), Err: ErrMeasure}
	}
	m := t.measure
	if m == MeasureGrowth {
		m = MeasureAmount // a growth target observes a level, of any sign
	}
	if err := checkValue(m, v); err != nil {
		return &ValueError{What: "observed " + t.measure.String(), Input: StylePlain.Number(v), Unit: unit, Err: err}
	}
	return nil
}

// growthBase returns the baseline of a growth target, or why there is none
// to divide by.
func (t Target) growthBase() (decimal.Decimal, error) {
	switch {
	case !t.hasBaseline:
		return decimal.Decimal{}, &ValueError{What: "target", Input: t.String(), Err: ErrNoBaseline}
	case t.baseline.Value.IsZero():
		return decimal.Decimal{}, &ValueError{What: "baseline", Input: "0", Err: ErrZeroBaseline}
	case t.baseline.Value.Sign() < 0:
		return decimal.Decimal{}, &ValueError{What: "baseline", Input: StylePlain.Number(t.baseline.Value), Err: ErrNegative}
	}
	return t.baseline.Value, nil
}

var hundred = decimal.NewFromInt(100)

// satisfies reports whether x stands to the bounds as c asks.
func satisfies(c Comparison, x, lo, hi decimal.Decimal) bool {
	switch c {
	case AtLeast:
		return x.Cmp(lo) >= 0
	case MoreThan:
		return x.Cmp(lo) > 0
	case AtMost:
		return x.Cmp(lo) <= 0
	case LessThan:
		return x.Cmp(lo) < 0
	case Exactly:
		return x.Cmp(lo) == 0
	case Between:
		return x.Cmp(lo) >= 0 && x.Cmp(hi) <= 0
	}
	return false
}

// String returns the target as a canonical Vietnamese phrase that
// ParseTarget reads back to an equal target (period and baseline aside,
// which phrases do not carry): "trên 60% người dân hài lòng", "ít nhất 3
// huyện", "tăng ít nhất 30% so với năm trước", "nhóm C trở lên". The zero
// Target prints as "".
func (t Target) String() string { return t.Format(StyleVietnamese) }

// Format returns the phrase of String with numbers written in style s.
func (t Target) Format(s Style) string {
	if t.measure == MeasureUnspecified || t.measure > MeasureYesNo {
		return ""
	}
	q := t.quantityPhrase(s)
	var b strings.Builder
	if t.subject != "" && t.subjectBefore {
		b.WriteString(t.subject)
		switch {
		case t.bareGrowth():
			b.WriteString(" tỷ lệ ") // a bare "tăng" after a subject reads as a verb, not a target
		case t.measure == MeasureGrowth:
			b.WriteString(" ")
		default:
			b.WriteString(" đạt ")
		}
		b.WriteString(q)
	} else {
		if t.subject != "" && t.bareGrowth() {
			b.WriteString("tỷ lệ ") // "tỷ lệ giảm chi phí": the rate marks the target
		}
		b.WriteString(q)
		if t.subject != "" {
			b.WriteString(" ")
			b.WriteString(t.subject)
		}
	}
	if t.against != "" {
		b.WriteString(" so với ")
		b.WriteString(t.against)
	}
	return b.String()
}

// bareGrowth reports whether t is a change with no number: "tăng", "giảm".
func (t Target) bareGrowth() bool {
	return t.measure == MeasureGrowth && t.value.IsZero() && t.upper.IsZero() &&
		(t.comparison == MoreThan || t.comparison == LessThan)
}

// quantityPhrase writes the comparison and value: "ít nhất 60%".
func (t Target) quantityPhrase(s Style) string {
	num := func(v decimal.Decimal) string {
		switch t.measure {
		case MeasurePercent, MeasureGrowth:
			return s.Number(v) + "%"
		case MeasureAmount:
			if t.unit != "" {
				return s.Number(v) + " " + t.unit
			}
		case MeasureGroup:
			return "nhóm " + string(rune('A'+v.IntPart()-1))
		}
		return s.Number(v)
	}
	switch t.measure {
	case MeasureYesNo:
		if t.value.IsZero() {
			return "không"
		}
		return "có"
	case MeasureGroup:
		// Group words speak of quality: "nhóm C trở lên" is group number 3 or lower.
		return comparedPhrase(t.comparison.flip(), num(t.value), num(t.upper), "nhóm ")
	case MeasureLevel:
		return comparedPhrase(t.comparison, "cấp độ "+num(t.value), num(t.upper), "")
	case MeasureGrowth:
		c, lo, hi, word := t.comparison, t.value, t.upper, "tăng"
		if t.bareGrowth() {
			if c == LessThan {
				return "giảm"
			}
			return "tăng"
		}
		if lo.Sign() < 0 || hi.Sign() < 0 {
			c, lo, hi, word = c.flip(), hi.Neg(), lo.Neg(), "giảm"
		}
		return word + " " + comparedPhrase(c, num(lo), num(hi), "")
	}
	return comparedPhrase(t.comparison, num(t.value), num(t.upper), "")
}

// comparedPhrase puts the comparison words around a quantity. Levels and
// groups read "cấp độ 3 trở lên", other quantities "ít nhất 60%".
func comparedPhrase(c Comparison, lo, hi, strip string) string {
	suffixed := strings.HasPrefix(lo, "cấp độ") || strings.HasPrefix(lo, "nhóm")
	switch c {
	case AtLeast:
		if suffixed {
			return lo + " trở lên"
		}
		return "ít nhất " + lo
	case MoreThan:
		return "trên " + lo
	case AtMost:
		if suffixed {
			return lo + " trở xuống"
		}
		return "không quá " + lo
	case LessThan:
		return "dưới " + lo
	case Exactly:
		return "đúng " + lo
	case Between:
		return "từ " + lo + " đến " + strings.TrimPrefix(hi, strip)
	}
	return lo
}

// GroupValue returns the value a group target compares with for rank group
// name: 1 for "A", 3 for "C". Use it to decide a Scorecard's Group against a
// target such as "nhóm C trở lên".
func GroupValue(name string) (decimal.Decimal, error) {
	n := strings.ToUpper(strings.TrimSpace(name))
	if len(n) != 1 || n[0] < 'A' || n[0] > 'Z' {
		return decimal.Decimal{}, &ParseError{What: "group", Input: name, Reason: "groups are the letters A to Z"}
	}
	return decimal.NewFromInt(int64(n[0]-'A') + 1), nil
}
