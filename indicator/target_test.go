package indicator_test

import (
	"errors"
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
	for _, in := range []string{"", "   ", "nâng cao chất lượng", "nhiều hơn"} {
		_, err := indicator.ParseTarget(in)
		var pe *indicator.ParseError
		if !errors.As(err, &pe) || pe.Input != in {
			t.Errorf("ParseTarget(%q) error = %v, want a *ParseError naming the input", in, err)
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
