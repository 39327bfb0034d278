package indicator_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/openpar/cchc/indicator"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Every target phrase of the seed plans (objectives of seed 000 and 003,
// targets of seeds 001 and 002), then the forms the issue names.
var targetTable = []struct {
	in      string
	measure indicator.Measure
	cmp     indicator.Comparison
	value   string
	unit    string
	dir     indicator.Direction
	against string
}{
	// Seed 000 (Bắc Kạn 2011-2015) and 003 (thị xã Bắc Kạn).
	{"60% trở lên", indicator.Percentage, indicator.AtLeast, "60", "%", indicator.HigherIsBetter, ""},
	{"trên 50%", indicator.Percentage, indicator.MoreThan, "50", "%", indicator.HigherIsBetter, ""},
	{"trên 65%", indicator.Percentage, indicator.MoreThan, "65", "%", indicator.HigherIsBetter, ""},
	{"95%", indicator.Percentage, indicator.AtLeast, "95", "%", indicator.HigherIsBetter, ""},
	{"100%", indicator.Percentage, indicator.AtLeast, "100", "%", indicator.HigherIsBetter, ""},
	{"mỗi năm đều có tỷ lệ giảm chi phí", indicator.Growth, indicator.MoreThan, "0", "%", indicator.LowerIsBetter, ""},
	// Seed 001 (Thái Nguyên 2017).
	{"nhóm C trở lên", indicator.Rank, indicator.AtMost, "3", "", indicator.LowerIsBetter, ""},
	{"80% trở lên", indicator.Percentage, indicator.AtLeast, "80", "%", indicator.HigherIsBetter, ""},
	{"40% trở lên", indicator.Percentage, indicator.AtLeast, "40", "%", indicator.HigherIsBetter, ""},
	{"trên 80%", indicator.Percentage, indicator.MoreThan, "80", "%", indicator.HigherIsBetter, ""},
	{"70%", indicator.Percentage, indicator.AtLeast, "70", "%", indicator.HigherIsBetter, ""},
	{"80%", indicator.Percentage, indicator.AtLeast, "80", "%", indicator.HigherIsBetter, ""},
	{"tăng từ 30% trở lên so với năm trước", indicator.Growth, indicator.AtLeast, "30", "%", indicator.HigherIsBetter, "năm trước"},
	{"cao hơn so với năm trước", indicator.Growth, indicator.MoreThan, "0", "%", indicator.HigherIsBetter, "năm trước"},
	{"ít nhất 03 đơn vị hành chính cấp huyện", indicator.Count, indicator.AtLeast, "3", "đơn vị hành chính cấp huyện", indicator.HigherIsBetter, ""},
	// Seed 002 (Bình Phước 2018).
	{"05 cơ quan, đơn vị", indicator.Count, indicator.AtLeast, "5", "cơ quan, đơn vị", indicator.HigherIsBetter, ""},
	// The forms.
	{"≥ 60%", indicator.Percentage, indicator.AtLeast, "60", "%", indicator.HigherIsBetter, ""},
	{"≥30% cơ quan được kiểm tra", indicator.Percentage, indicator.AtLeast, "30", "%", indicator.HigherIsBetter, ""},
	{"Trên 60% người dân hài lòng", indicator.Percentage, indicator.MoreThan, "60", "%", indicator.HigherIsBetter, ""},
	{"tối thiểu 70%", indicator.Percentage, indicator.AtLeast, "70", "%", indicator.HigherIsBetter, ""},
	{"không dưới 70%", indicator.Percentage, indicator.AtLeast, "70", "%", indicator.HigherIsBetter, ""},
	{"không quá 5%", indicator.Percentage, indicator.AtMost, "5", "%", indicator.HigherIsBetter, ""},
	{"dưới 5% hồ sơ quá hạn", indicator.Percentage, indicator.LessThan, "5", "%", indicator.HigherIsBetter, ""},
	{"đạt 100%", indicator.Percentage, indicator.AtLeast, "100", "%", indicator.HigherIsBetter, ""},
	{"ít nhất 3 huyện", indicator.Count, indicator.AtLeast, "3", "huyện", indicator.HigherIsBetter, ""},
	{"Số doanh nghiệp thành lập mới tăng 30% so với năm trước", indicator.Growth, indicator.AtLeast, "30", "%", indicator.HigherIsBetter, "năm trước"},
	{"giảm 10%", indicator.Growth, indicator.AtLeast, "10", "%", indicator.LowerIsBetter, ""},
	{"cấp độ 3", indicator.Level, indicator.AtLeast, "3", "", indicator.HigherIsBetter, ""},
	{"từ 60% đến 80%", indicator.Percentage, indicator.Between, "60", "%", indicator.HigherIsBetter, ""},
	{"12,5%", indicator.Percentage, indicator.AtLeast, "12.5", "%", indicator.HigherIsBetter, ""},
	{"1.234 hồ sơ", indicator.Count, indicator.AtLeast, "1234", "hồ sơ", indicator.HigherIsBetter, ""},
	{"1.234,5 triệu đồng", indicator.Count, indicator.AtLeast, "1234.5", "triệu đồng", indicator.HigherIsBetter, ""},
}

func TestParseTarget(t *testing.T) {
	for _, tt := range targetTable {
		got, err := indicator.ParseTarget(tt.in)
		if err != nil {
			t.Errorf("ParseTarget(%q): %v", tt.in, err)
			continue
		}
		if got.Measure() != tt.measure || got.Comparison() != tt.cmp || !got.Value().Equal(dec(tt.value)) ||
			got.Unit() != tt.unit || got.Direction() != tt.dir || got.Against() != tt.against || got.Text() != tt.in {
			t.Errorf("ParseTarget(%q) = %v %v %v %q %v against %q", tt.in, got.Measure(), got.Comparison(), got.Value(), got.Unit(), got.Direction(), got.Against())
		}
		back, err := indicator.ParseTarget(got.String())
		if err != nil || !back.Equal(got) {
			t.Errorf("ParseTarget(%q).String() = %q parses to %v, %v", tt.in, got.String(), back, err)
		}
	}
}

func TestParseTargetsSeveral(t *testing.T) {
	// Thái Nguyên 2017, duty of the Sở Thông tin và Truyền thông.
	ts, err := indicator.ParseTargets("có ít nhất 03 đơn vị hành chính cấp huyện và 08 Sở, ngành được kết nối")
	if err != nil || len(ts) != 2 {
		t.Fatalf("got %v, %v", ts, err)
	}
	if !ts[0].Value().Equal(dec("3")) || !ts[1].Value().Equal(dec("8")) || ts[1].Comparison() != indicator.AtLeast || ts[1].Unit() != "Sở, ngành được kết nối" {
		t.Errorf("got %v (%s) and %v (%s)", ts[0], ts[0].Unit(), ts[1], ts[1].Unit())
	}
	sub, _ := indicator.ParseTarget("Trên 60% người dân hài lòng")
	if sub.Subject() != "người dân hài lòng" {
		t.Errorf("subject = %q", sub.Subject())
	}
}

func TestParseTargetErrors(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", "empty"},
		{"   ", "empty"},
		{"nâng cao chất lượng", "no figure"},
		{"nhiều hơn", "no figure"},
		// Only a change can be negative.
		{"-5%", "a percentage cannot be negative (-5%)"},
		{"≥ -1 huyện", "a count cannot be negative (-1 huyện)"},
		{"≥-1 huyện", "a count cannot be negative"},
		{"cấp độ -1", "a level cannot be negative"},
		{"Tỷ lệ hồ sơ trễ hạn −2,5%", "a percentage cannot be negative (-2,5%)"},
		{"ít nhất 03 huyện và -2 sở", "a count cannot be negative (-2 sở)"},
		{"từ 5% đến -3%", "a percentage cannot be negative (-3%)"},
		// A range that nothing can meet.
		{"từ 80% đến 60%", "the range from 80% to 60% runs backwards"},
		{"tăng từ 5% đến -3%", "runs backwards"},
	}
	for _, tt := range tests {
		_, err := indicator.ParseTarget(tt.in)
		var pe *indicator.ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || !strings.Contains(pe.Reason, tt.reason) {
			t.Errorf("ParseTarget(%q) error = %v, want a *ParseError naming the input and %q", tt.in, err, tt.reason)
		}
	}
}

// A minus sign before a figure makes it negative, which only a change can
// be; a hyphen between two figures or after a word is no sign.
var signTable = []struct{ in, want string }{
	{"tăng -10%", "tăng ≥ -10%"},
	{"tăng ≥-10% so với năm trước", "tăng ≥ -10% so với năm trước"},
	{"giảm −5%", "giảm ≥ -5%"},
	{"tăng từ -5% đến 5%", "tăng từ -5% đến 5%"},
	{"từ 60% đến 60%", "từ 60% đến 60%"},
	{"- Trên 60% người dân hài lòng", "> 60%"},
	{"từ 3 đến 5 huyện", "từ 3 đến 5 huyện"},
	// A hyphen that joins: no figure is negative ("" when the first
	// target does not matter here).
	{"Giai đoạn 2016-2020: trên 60%", ""},
	{"Giai đoạn 2016 -2020: trên 60%", ""},
	{"60%-70%", "≥ 60%"},
	{"COVID-19 giảm 10%", ""},
}

func TestParseTargetSigns(t *testing.T) {
	for _, tt := range signTable {
		ts, err := indicator.ParseTargets(tt.in)
		if err != nil {
			t.Errorf("ParseTargets(%q): %v", tt.in, err)
			continue
		}
		if tt.want != "" && ts[0].String() != tt.want {
			t.Errorf("ParseTarget(%q) = %q, want %q", tt.in, ts[0], tt.want)
		}
		if back, err := indicator.ParseTarget(ts[0].String()); err != nil || !back.Equal(ts[0]) {
			t.Errorf("ParseTarget(%q).String() = %q parses to %v, %v", tt.in, ts[0], back, err)
		}
		for _, tg := range ts {
			if tg.Value().IsNegative() && tg.Measure() != indicator.Growth {
				t.Errorf("ParseTargets(%q) reads %q", tt.in, tg)
			}
		}
	}
	// "tăng -10%": a fall of at most 10% meets it.
	fall := target(t, "tăng -10% so với năm trước").WithBaseline(dec("100"))
	for v, want := range map[string]bool{"91": true, "90": true, "89": false} {
		if met, err := fall.Met(dec(v)); err != nil || met != want {
			t.Errorf("%q met by %s = %v, %v; want %v", fall, v, met, err, want)
		}
	}
}

func TestMet(t *testing.T) {
	tests := []struct {
		target, value string
		baseline      string
		met           bool
	}{
		{"Trên 60%", "60", "", false},
		{"Trên 60%", "60.5", "", true},
		{"60% trở lên", "60", "", true},
		{"không quá 5%", "5", "", true},
		{"dưới 5%", "5", "", false},
		{"từ 60% đến 80%", "81", "", false},
		{"từ 60% đến 80%", "70", "", true},
		{"nhóm C trở lên", "2", "", true}, // group B
		{"nhóm C trở lên", "4", "", false},
		{"tăng 30% so với năm trước", "130", "100", true},
		{"tăng 30% so với năm trước", "129", "100", false},
		{"giảm 10%", "90", "100", true},
		{"giảm 10%", "95", "100", false},
	}
	for _, tt := range tests {
		tg, err := indicator.ParseTarget(tt.target)
		if err != nil {
			t.Fatal(err)
		}
		if tt.baseline != "" {
			tg = tg.WithBaseline(dec(tt.baseline))
		}
		met, err := tg.Met(dec(tt.value))
		if err != nil || met != tt.met {
			t.Errorf("%q met by %s (baseline %q) = %v, %v; want %v", tt.target, tt.value, tt.baseline, met, err, tt.met)
		}
	}
	growth, _ := indicator.ParseTarget("tăng 30% so với năm trước")
	if _, err := growth.Met(dec("130")); !errors.Is(err, indicator.ErrNoBaseline) {
		t.Errorf("growth without a baseline: %v, want ErrNoBaseline", err)
	}
	if _, err := growth.WithBaseline(decimal.Zero).Met(dec("130")); err == nil {
		t.Error("growth from zero decided")
	}
}

func FuzzParseTarget(f *testing.F) {
	for _, tt := range targetTable {
		f.Add(tt.in)
	}
	for _, tt := range signTable {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tg, err := indicator.ParseTarget(s)
		if err != nil {
			return
		}
		back, err := indicator.ParseTarget(tg.String())
		if err != nil || !back.Equal(tg) {
			t.Fatalf("ParseTarget(%q) = %q, which parses to %q, %v", s, tg.String(), back.String(), err)
		}
	})
}

func TestEnumerationsRoundTrip(t *testing.T) {
	for m := indicator.MeasureUnspecified; m <= indicator.YesNo; m++ {
		b, err := m.MarshalText()
		var back indicator.Measure
		if err != nil || back.UnmarshalText(b) != nil || back != m {
			t.Errorf("%v: %s %v -> %v", m, b, err, back)
		}
	}
	for s := indicator.StatusUnspecified; s <= indicator.Missed; s++ {
		b, _ := s.MarshalText()
		if back, err := indicator.ParseStatus(string(b)); err != nil || back != s {
			t.Errorf("%v: %v", s, err)
		}
	}
	if _, err := indicator.Measure(99).MarshalText(); err == nil {
		t.Error("an unknown measure encoded")
	}
	if _, err := indicator.ParseComparison("roughly"); err == nil {
		t.Error("an unknown comparison parsed")
	}
}
