package indicator

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/enum"
)

// Measure is what a target counts.
type Measure uint8

// Measures.
const (
	MeasureUnspecified Measure = iota
	Percentage                 // a share: "60%"
	Count                      // a number of units: "03 huyện"
	Amount                     // a quantity of money or goods
	Growth                     // a change against a baseline: "tăng 30% so với năm trước"
	Level                      // a level or degree: "cấp độ 3", online services "mức độ 3, 4"
	Rank                       // a group of a ranking: "nhóm C trở lên"; A is 1, B is 2, ...
	YesNo                      // done or not
)

// Comparison says how the observed value must stand to the target value.
type Comparison uint8

// Comparisons.
const (
	ComparisonUnspecified Comparison = iota
	AtLeast                          // ≥: "tối thiểu", "không dưới", "ít nhất", "trở lên", "đạt"
	MoreThan                         // >: "trên"
	AtMost                           // ≤: "tối đa", "không quá", "trở xuống"
	LessThan                         // <: "dưới"
	Exactly                          // =
	Between                          // from Value to Upper, both included: "từ 60% đến 80%"
)

// Direction says which way is better.
type Direction uint8

// Directions.
const (
	DirectionUnspecified Direction = iota
	HigherIsBetter
	LowerIsBetter
)

var comparisonSigns = [...]string{"", "≥", ">", "≤", "<", "="}

func unknown(what string) func(string) error {
	return func(w string) error { return fmt.Errorf("indicator: unknown %s %q", what, w) }
}

var (
	measures = enum.Table[Measure]{Pkg: "indicator", Type: "Measure",
		Codes: []string{"unspecified", "percentage", "count", "amount", "growth", "level", "rank", "yes-no"}, Unknown: unknown("measure")}
	comparisons = enum.Table[Comparison]{Pkg: "indicator", Type: "Comparison",
		Codes: []string{"unspecified", "at-least", "more-than", "at-most", "less-than", "exactly", "between"}, Unknown: unknown("comparison")}
	directions = enum.Table[Direction]{Pkg: "indicator", Type: "Direction",
		Codes: []string{"unspecified", "higher", "lower"}, Unknown: unknown("direction")}
)

// String returns the measure's code word.
func (m Measure) String() string { return measures.String(m) }

// ParseMeasure is the inverse of Measure.String.
func ParseMeasure(s string) (Measure, error) { return measures.Parse(s) }

// MarshalText encodes the measure as its code word.
func (m Measure) MarshalText() ([]byte, error) { return measures.Marshal(m) }

// UnmarshalText decodes a code word.
func (m *Measure) UnmarshalText(b []byte) error { return measures.Unmarshal(m, b) }

// String returns the comparison's code word.
func (c Comparison) String() string { return comparisons.String(c) }

// ParseComparison is the inverse of Comparison.String.
func ParseComparison(s string) (Comparison, error) { return comparisons.Parse(s) }

// MarshalText encodes the comparison as its code word.
func (c Comparison) MarshalText() ([]byte, error) { return comparisons.Marshal(c) }

// UnmarshalText decodes a code word.
func (c *Comparison) UnmarshalText(b []byte) error { return comparisons.Unmarshal(c, b) }

// String returns "higher" or "lower".
func (d Direction) String() string { return directions.String(d) }

// ParseDirection is the inverse of Direction.String.
func ParseDirection(s string) (Direction, error) { return directions.Parse(s) }

// MarshalText encodes the direction as its code word.
func (d Direction) MarshalText() ([]byte, error) { return directions.Marshal(d) }

// UnmarshalText decodes a code word.
func (d *Direction) UnmarshalText(b []byte) error { return directions.Unmarshal(d, b) }

// Target is a measurable target as a plan states it. The zero Target is
// unset. Targets are values; compare them with Equal.
type Target struct {
	text      string
	measure   Measure
	cmp       Comparison
	value     decimal.Decimal
	upper     decimal.Decimal // Between
	direction Direction
	unit      string // "%", or the counted noun: "huyện", "cơ quan, đơn vị"
	subject   string // what the target is about: "người dân hài lòng"
	against   string // the baseline's description: "năm trước"
	baseline  *decimal.Decimal
	period    calendar.Period
}

// Text returns the phrase the target was read from.
func (t Target) Text() string { return t.text }

// Measure returns what the target counts.
func (t Target) Measure() Measure { return t.measure }

// Comparison returns how the observed value must stand to Value.
func (t Target) Comparison() Comparison { return t.cmp }

// Value returns the target value in the target's unit (60 for 60%).
func (t Target) Value() decimal.Decimal { return t.value }

// Upper returns the upper bound of a Between target.
func (t Target) Upper() decimal.Decimal { return t.upper }

// Direction returns which way is better.
func (t Target) Direction() Direction { return t.direction }

// Unit returns "%" or the counted noun ("huyện").
func (t Target) Unit() string { return t.unit }

// Subject returns what the target is about, as the phrase says it.
func (t Target) Subject() string { return t.subject }

// Against returns what a growth target compares with ("năm trước").
func (t Target) Against() string { return t.against }

// Baseline returns the baseline value, if one was given with WithBaseline.
func (t Target) Baseline() (decimal.Decimal, bool) {
	if t.baseline == nil {
		return decimal.Decimal{}, false
	}
	return *t.baseline, true
}

// Period returns the period the target is for, if one was given.
func (t Target) Period() calendar.Period { return t.period }

// IsZero reports whether t is the zero, unset Target.
func (t Target) IsZero() bool { return t.measure == MeasureUnspecified }

// WithBaseline returns t with a baseline: the value a growth target grows
// from, or the starting point of progress for other measures.
func (t Target) WithBaseline(v decimal.Decimal) Target {
	t.baseline = &v
	return t
}

// WithPeriod returns t for the given period.
func (t Target) WithPeriod(p calendar.Period) Target {
	t.period = p
	return t
}

// Equal reports whether two targets mean the same: measure, comparison,
// values, direction, unit, baseline and period. The source text and subject
// are not compared.
func (t Target) Equal(u Target) bool {
	bt, okt := t.Baseline()
	bu, oku := u.Baseline()
	return t.measure == u.measure && t.cmp == u.cmp && t.value.Equal(u.value) && t.upper.Equal(u.upper) &&
		t.direction == u.direction && t.unit == u.unit && t.against == u.against &&
		okt == oku && bt.Equal(bu) && t.period == u.period
}

// ErrNoBaseline is returned where a growth target is evaluated without the
// value it grows from.
var ErrNoBaseline = errors.New("no baseline")

// Met reports whether v, in the target's unit, meets the target. For a
// growth target v is the new value, compared with the baseline; without a
// baseline Met returns an error wrapping ErrNoBaseline. For a rank, v is the
// group's number (A is 1).
func (t Target) Met(v decimal.Decimal) (bool, error) {
	switch t.measure {
	case MeasureUnspecified:
		return false, fmt.Errorf("indicator: the target is unset")
	case Growth:
		change, err := t.growth(v)
		if err != nil {
			return false, err
		}
		return compare(t.cmp, change, t.value, t.upper), nil
	case YesNo:
		return !v.IsZero(), nil
	}
	return compare(t.cmp, v, t.value, t.upper), nil
}

// growth returns the change from the baseline to v in percent, counted in
// the better direction (a fall for a target to reduce).
func (t Target) growth(v decimal.Decimal) (decimal.Decimal, error) {
	b, ok := t.Baseline()
	if !ok {
		return decimal.Decimal{}, fmt.Errorf("indicator: target %q: %w", t.text, ErrNoBaseline)
	}
	if b.IsZero() {
		return decimal.Decimal{}, fmt.Errorf("indicator: target %q: the baseline is zero, so growth is undefined", t.text)
	}
	change := v.Sub(b).DivRound(b, 16).Mul(hundred)
	if t.direction == LowerIsBetter {
		change = change.Neg()
	}
	return change, nil
}

var hundred = decimal.NewFromInt(100)

func compare(c Comparison, v, target, upper decimal.Decimal) bool {
	switch c {
	case AtLeast:
		return v.GreaterThanOrEqual(target)
	case MoreThan:
		return v.GreaterThan(target)
	case AtMost:
		return v.LessThanOrEqual(target)
	case LessThan:
		return v.LessThan(target)
	case Exactly:
		return v.Equal(target)
	case Between:
		return v.GreaterThanOrEqual(target) && v.LessThanOrEqual(upper)
	}
	return false
}

// String returns the target in a canonical Vietnamese form that ParseTarget
// reads back to an equal Target: "≥ 60%", "> 50%", "≥ 3 huyện",
// "từ 60% đến 80%", "từ 3 đến 5 huyện", "tăng ≥ 30% so với năm trước",
// "giảm > 0%", "cấp độ ≥ 3", "nhóm C trở lên".
func (t Target) String() string {
	bare := func(d decimal.Decimal) string { return strings.Replace(d.String(), ".", ",", 1) }
	num := func(d decimal.Decimal) string {
		s := bare(d)
		if t.unit == "%" {
			return s + "%"
		}
		if t.unit != "" {
			return s + " " + t.unit
		}
		return s
	}
	var b strings.Builder
	switch t.measure {
	case MeasureUnspecified:
		return ""
	case Growth:
		if t.direction == LowerIsBetter {
			b.WriteString("giảm ")
		} else {
			b.WriteString("tăng ")
		}
	case Level:
		b.WriteString("cấp độ ")
	case Rank:
		letter := string(rune('A' + t.value.IntPart() - 1))
		if t.cmp == Exactly {
			return "nhóm " + letter
		}
		return "nhóm " + letter + " trở lên"
	case YesNo:
		return "hoàn thành"
	}
	switch {
	case t.cmp == Between && t.unit != "%":
		// A counted noun comes once, after the range: "từ 3 đến 5 huyện".
		fmt.Fprintf(&b, "từ %s đến %s", bare(t.value), num(t.upper))
	case t.cmp == Between:
		fmt.Fprintf(&b, "từ %s đến %s", num(t.value), num(t.upper))
	default:
		fmt.Fprintf(&b, "%s %s", comparisonSigns[t.cmp], num(t.value))
	}
	if t.against != "" {
		b.WriteString(" so với " + t.against)
	}
	return b.String()
}
