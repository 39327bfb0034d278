package indicator

// Measure says what a target counts.
type Measure uint8

// The measures plans set targets in.
const (
	MeasureUnspecified Measure = iota
	MeasurePercent             // a share in percent: "80% văn bản", "trên 50%"
	MeasureCount               // a whole number of things: "ít nhất 03 huyện"
	MeasureAmount              // money or another quantity with a unit: "500 triệu đồng"
	MeasureGrowth              // change in percent against a baseline: "tăng 30% so với năm trước"
	MeasureLevel               // a level on a scale: "dịch vụ công trực tuyến mức độ 3"
	MeasureGroup               // a rank group, A best: "nhóm C trở lên"
	MeasureYesNo               // done or not: "có", "không"
)

var measures = enum[Measure]{what: "measure", names: []string{
	MeasureUnspecified: "unspecified",
	MeasurePercent:     "percent",
	MeasureCount:       "count",
	MeasureAmount:      "amount",
	MeasureGrowth:      "growth",
	MeasureLevel:       "level",
	MeasureGroup:       "group",
	MeasureYesNo:       "yes-no",
}}

// String returns the measure's code word ("percent").
func (m Measure) String() string { return measures.name(m) }

// ParseMeasure is the inverse of Measure.String.
func ParseMeasure(s string) (Measure, error) { return measures.parse(s) }

// MarshalText encodes the measure as its code word.
func (m Measure) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText decodes a code word written by MarshalText.
func (m *Measure) UnmarshalText(b []byte) error { return measures.unmarshal(b, m) }

// whole reports whether the measure only takes whole numbers.
func (m Measure) whole() bool {
	return m == MeasureCount || m == MeasureLevel || m == MeasureGroup || m == MeasureYesNo
}

// additive reports whether observations of the measure add up across units:
// shares add as numerators and denominators, counts and amounts as sums, and
// growth as sums of the levels it is computed from.
func (m Measure) additive() bool {
	return m == MeasurePercent || m == MeasureCount || m == MeasureAmount || m == MeasureGrowth
}

// Comparison says how an observed value must stand to the target's value.
type Comparison uint8

// The comparisons the plans write.
const (
	ComparisonUnspecified Comparison = iota
	AtLeast                          // ≥: "ít nhất", "tối thiểu", "không dưới", "từ ... trở lên", a bare "80%"
	MoreThan                         // >: "trên", "hơn", "vượt"
	AtMost                           // ≤: "tối đa", "không quá", "trở xuống"
	LessThan                         // <: "dưới", "thấp hơn"
	Exactly                          // =: "đúng", "bằng"
	Between                          // both bounds included: "từ 60% đến 80%"
)

var comparisons = enum[Comparison]{what: "comparison", names: []string{
	ComparisonUnspecified: "unspecified",
	AtLeast:               "at-least",
	MoreThan:              "more-than",
	AtMost:                "at-most",
	LessThan:              "less-than",
	Exactly:               "exactly",
	Between:               "between",
}}

// String returns the comparison's code word ("at-least").
func (c Comparison) String() string { return comparisons.name(c) }

// ParseComparison is the inverse of Comparison.String.
func ParseComparison(s string) (Comparison, error) { return comparisons.parse(s) }

// MarshalText encodes the comparison as its code word.
func (c Comparison) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a code word written by MarshalText.
func (c *Comparison) UnmarshalText(b []byte) error { return comparisons.unmarshal(b, c) }

// flip returns the comparison seen from the other end of the scale: what is
// "at least C" in quality is "at most 3" in group rank, and "giảm ít nhất 10%"
// is a growth of at most -10%.
func (c Comparison) flip() Comparison {
	switch c {
	case AtLeast:
		return AtMost
	case MoreThan:
		return LessThan
	case AtMost:
		return AtLeast
	case LessThan:
		return MoreThan
	}
	return c
}

// negate returns the comparison "không" turns a strict one into: "không
// dưới" is at least, "không quá" at most.
func (c Comparison) negate() (Comparison, bool) {
	switch c {
	case MoreThan:
		return AtMost, true
	case LessThan:
		return AtLeast, true
	}
	return c, false
}

// Direction says which way a value is better.
type Direction uint8

// The directions. Targets that must hit a value or stay in a band have no
// preferred direction and report DirectionUnspecified.
const (
	DirectionUnspecified Direction = iota
	HigherIsBetter
	LowerIsBetter
)

var directions = enum[Direction]{what: "direction", names: []string{
	DirectionUnspecified: "unspecified",
	HigherIsBetter:       "higher",
	LowerIsBetter:        "lower",
}}

// String returns the direction's code word ("higher").
func (d Direction) String() string { return directions.name(d) }

// ParseDirection is the inverse of Direction.String.
func ParseDirection(s string) (Direction, error) { return directions.parse(s) }

// MarshalText encodes the direction as its code word.
func (d Direction) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes a code word written by MarshalText.
func (d *Direction) UnmarshalText(b []byte) error { return directions.unmarshal(b, d) }
