package indicator_test

import (
	"errors"
	"testing"

	"github.com/openpar/cchc/indicator"
	"github.com/shopspring/decimal"
)

func TestStyle(t *testing.T) {
	for _, tc := range []struct {
		in, vi, plain string
	}{
		{"62.5", "62,5", "62.5"},
		{"1234", "1.234", "1234"},
		{"1234567.891", "1.234.567,891", "1234567.891"},
		{"-1234.5", "-1.234,5", "-1234.5"},
		{"0.05", "0,05", "0.05"},
		{"100", "100", "100"},
		{"62.500", "62,5", "62.5"},
		{"0", "0", "0"},
		{"-0.000", "0", "0"},
		{"999", "999", "999"},
	} {
		d := dec(tc.in)
		if got := indicator.StyleVietnamese.Number(d); got != tc.vi {
			t.Errorf("Vietnamese %s = %q, want %q", tc.in, got, tc.vi)
		}
		if got := indicator.StylePlain.Number(d); got != tc.plain {
			t.Errorf("plain %s = %q, want %q", tc.in, got, tc.plain)
		}
	}
	if got := indicator.StyleVietnamese.Number(decimal.New(12, 3)); got != "12.000" {
		t.Errorf("12e3 = %q", got)
	}
	if got := indicator.StyleVietnamese.Fixed(dec("84.375"), 2); got != "84,38" {
		t.Errorf("Fixed = %q", got)
	}
	if got := indicator.StylePlain.Fixed(dec("62.5"), 2); got != "62.50" {
		t.Errorf("Fixed = %q", got)
	}
	if got := indicator.StyleVietnamese.Percent(dec("62.5")); got != "62,5%" {
		t.Errorf("Percent = %q", got)
	}
	if got := indicator.StyleUnspecified.Number(dec("1234.5")); got != "1.234,5" {
		t.Errorf("the zero style writes %q, want Vietnamese", got)
	}
	tg := mustTarget(t, "tối đa 1.234,5 triệu đồng kinh phí")
	if got := tg.Format(indicator.StylePlain); got != "không quá 1234.5 triệu đồng kinh phí" {
		t.Errorf("plain target = %q", got)
	}
}

// TestNumbers checks how numbers in target phrases are read: Vietnamese
// grouping and decimal comma first, a plain decimal point where grouping
// cannot be meant.
func TestNumbers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"12,5%", "12.5"},
		{"1.234 hồ sơ", "1234"},
		{"1.234.567 hồ sơ", "1234567"},
		{"1.234,56%", "1234.56"},
		{"12.5%", "12.5"},
		{"1234.5%", "1234.5"},
		{"03 huyện", "3"},
		{"0,5%", "0.5"},
	} {
		if got := mustTarget(t, tc.in).Value(); !got.Equal(dec(tc.want)) {
			t.Errorf("%q reads %s, want %s", tc.in, got, tc.want)
		}
	}
	for _, in := range []string{"1.23.4%", "1,2,3%", "1.2345,6%", "1234567890123456789012345678901%"} {
		if _, err := indicator.ParseTarget(in); err == nil {
			t.Errorf("%q reads without error", in)
		}
	}
}

// TestEnums checks every enumeration: String and Parse are inverse, text
// marshalling round-trips, unknown values print without panicking and
// unknown words are errors.
func TestEnums(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	check := func(v enum, parse func(string) (enum, error), unmarshal func([]byte) (enum, error)) {
		s := v.String()
		p, err := parse(s)
		if err != nil || p != v {
			t.Errorf("Parse(%q) = %v, %v", s, p, err)
		}
		b, _ := v.MarshalText()
		u, err := unmarshal(b)
		if err != nil || u != v {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
	}
	for v := range 8 {
		check(indicator.Measure(v), func(s string) (enum, error) { return indicator.ParseMeasure(s) },
			func(b []byte) (enum, error) { var x indicator.Measure; err := x.UnmarshalText(b); return x, err })
	}
	for v := range 7 {
		check(indicator.Comparison(v), func(s string) (enum, error) { return indicator.ParseComparison(s) },
			func(b []byte) (enum, error) { var x indicator.Comparison; err := x.UnmarshalText(b); return x, err })
	}
	for v := range 3 {
		check(indicator.Direction(v), func(s string) (enum, error) { return indicator.ParseDirection(s) },
			func(b []byte) (enum, error) { var x indicator.Direction; err := x.UnmarshalText(b); return x, err })
		check(indicator.Style(v), func(s string) (enum, error) { return indicator.ParseStyle(s) },
			func(b []byte) (enum, error) { var x indicator.Style; err := x.UnmarshalText(b); return x, err })
	}
	for v := range 4 {
		check(indicator.Status(v), func(s string) (enum, error) { return indicator.ParseStatus(s) },
			func(b []byte) (enum, error) { var x indicator.Status; err := x.UnmarshalText(b); return x, err })
	}
	for v := range 5 {
		check(indicator.Progress(v), func(s string) (enum, error) { return indicator.ParseProgress(s) },
			func(b []byte) (enum, error) { var x indicator.Progress; err := x.UnmarshalText(b); return x, err })
	}
	for v := range 6 {
		check(indicator.Reason(v), func(s string) (enum, error) { return indicator.ParseReason(s) },
			func(b []byte) (enum, error) { var x indicator.Reason; err := x.UnmarshalText(b); return x, err })
	}
	if s := indicator.Measure(200).String(); s != "measure(200)" {
		t.Errorf("Measure(200) = %q", s)
	}
	var pe *indicator.ParseError
	if _, err := indicator.ParseMeasure("percentage"); !errors.As(err, &pe) || pe.Input != "percentage" {
		t.Errorf("ParseMeasure(percentage): %v", err)
	}
}

func TestNewTarget(t *testing.T) {
	tg, err := indicator.NewTarget(indicator.MeasureCount, indicator.AtLeast, dec("3"))
	if err != nil || tg.WithSubject("huyện").String() != "ít nhất 3 huyện" || tg.Direction() != indicator.HigherIsBetter {
		t.Errorf("NewTarget = %q %v", tg.WithSubject("huyện"), err)
	}
	if !tg.WithSubject("huyện").Equal(mustTarget(t, "ít nhất 03 huyện")) {
		t.Error("a built target differs from the parsed one")
	}
	for _, tc := range []struct {
		m   indicator.Measure
		c   indicator.Comparison
		v   string
		err error
	}{
		{indicator.MeasureCount, indicator.AtLeast, "2.5", indicator.ErrNotWhole},
		{indicator.MeasureCount, indicator.AtLeast, "-1", indicator.ErrNegative},
		{indicator.MeasureGroup, indicator.AtMost, "0", indicator.ErrMeasure},
		{indicator.MeasureYesNo, indicator.AtLeast, "1", indicator.ErrMeasure},
		{indicator.MeasureUnspecified, indicator.AtLeast, "1", indicator.ErrMeasure},
		{indicator.MeasurePercent, indicator.Between, "1", indicator.ErrMeasure},
	} {
		if _, err := indicator.NewTarget(tc.m, tc.c, dec(tc.v)); !errors.Is(err, tc.err) {
			t.Errorf("NewTarget(%s, %s, %s): %v, want %v", tc.m, tc.c, tc.v, err, tc.err)
		}
	}
	if _, err := indicator.NewRange(indicator.MeasurePercent, dec("80"), dec("60")); !errors.Is(err, indicator.ErrMeasure) {
		t.Errorf("backwards range: %v", err)
	}
	if _, err := indicator.NewRange(indicator.MeasureGrowth, dec("-5"), dec("5")); !errors.Is(err, indicator.ErrMeasure) {
		t.Errorf("growth range across zero: %v", err)
	}
	if (indicator.Target{}).String() != "" {
		t.Error("the zero target prints")
	}
}
