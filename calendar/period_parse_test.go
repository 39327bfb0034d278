package calendar_test

import (
	"encoding/json"
	"errors"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/openpar/cchc/calendar"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want calendar.Period
	}{
		{"Quý III/2017", calendar.QuarterPeriod(2017, 3)},
		{"quý 3 năm 2017", calendar.QuarterPeriod(2017, 3)},
		{"trong quý III năm 2017", calendar.QuarterPeriod(2017, 3)},
		{"Quý IV/2017", calendar.QuarterPeriod(2017, 4)},
		{"Quý I/2018", calendar.QuarterPeriod(2018, 1)},
		{"Quý I, II/2018", calendar.HalfPeriod(2018, 1)},
		{"Quý III, IV/2018", calendar.HalfPeriod(2018, 2)},
		{"Quý I và II năm 2018", calendar.HalfPeriod(2018, 1)},
		{"Quý I, II, III, IV/2018", calendar.YearPeriod(2018)},
		{"Quý II, III/2018", calendar.SpanPeriod(calendar.NewDate(2018, 4, 1), calendar.NewDate(2018, 9, 30))},
		{"6 tháng đầu năm 2018", calendar.HalfPeriod(2018, 1)},
		{"06 tháng đầu năm 2017", calendar.HalfPeriod(2017, 1)},
		{"6 tháng cuối năm 2018", calendar.HalfPeriod(2018, 2)},
		{"Tháng 8/2017", calendar.MonthPeriod(2017, 8)},
		{"tháng 8 năm 2017", calendar.MonthPeriod(2017, 8)},
		{"Trong tháng 8/2013", calendar.MonthPeriod(2013, 8)},
		{"Tháng 08/2017", calendar.MonthPeriod(2017, 8)},
		{"Năm 2017", calendar.YearPeriod(2017)},
		{"Trong năm 2018", calendar.YearPeriod(2018)},
		{"Năm 2017-2018", calendar.YearsPeriod(2017, 2018)},
		{"giai đoạn 2011-2015", calendar.YearsPeriod(2011, 2015)},
		{"Giai đoạn 2011 - 2015", calendar.YearsPeriod(2011, 2015)},
		{"giai đoạn 2011 – 2015", calendar.YearsPeriod(2011, 2015)}, // en dash, seed 003
		{"GIAI ĐOẠN 2011-2015", calendar.YearsPeriod(2011, 2015)},
		{"Tuần 31/2017", calendar.WeekPeriod(calendar.NewDate(2017, 8, 2))},
		{"Tuần 1/2015", calendar.WeekPeriod(calendar.NewDate(2014, 12, 29))},
		{"Tuần 53/2015", calendar.WeekPeriod(calendar.NewDate(2015, 12, 31))},
		{"Từ 15/12/2017 đến 14/06/2018", calendar.SpanPeriod(calendar.NewDate(2017, 12, 15), calendar.NewDate(2018, 6, 14))},
		{"từ ngày 15/12/2017 đến ngày 14/6/2018", calendar.SpanPeriod(calendar.NewDate(2017, 12, 15), calendar.NewDate(2018, 6, 14))},
		// Tolerance: spacing, case, text typed without diacritics.
		{"  quý   III /2017 ", calendar.QuarterPeriod(2017, 3)},
		{"QUÝ III/2017", calendar.QuarterPeriod(2017, 3)},
		{"Quy III/2017", calendar.QuarterPeriod(2017, 3)},
		{"Tháng8/2017", calendar.MonthPeriod(2017, 8)},
		{"nam 2017", calendar.YearPeriod(2017)},
	}
	for _, tt := range tests {
		for _, in := range []string{tt.in, norm.NFD.String(tt.in)} {
			got, err := calendar.ParsePeriod(in)
			if err != nil || got != tt.want {
				t.Errorf("ParsePeriod(%q) = %v, %v; want %v", in, got, err, tt.want)
			}
		}
	}
}

func TestParsePeriodIn(t *testing.T) {
	tests := []struct {
		in   string
		want calendar.Period
	}{
		{"Quý III", calendar.QuarterPeriod(2018, 3)},
		{"Quý I, II", calendar.HalfPeriod(2018, 1)},
		{"Tháng 8", calendar.MonthPeriod(2018, 8)},
		{"6 tháng đầu năm", calendar.HalfPeriod(2018, 1)},
		{"Trong năm", calendar.YearPeriod(2018)},
		{"Tuần 5", calendar.WeekPeriod(calendar.NewDate(2018, 1, 29))},
		{"Quý III/2017", calendar.QuarterPeriod(2017, 3)}, // a written year wins
	}
	for _, tt := range tests {
		got, err := calendar.ParsePeriodIn(tt.in, 2018)
		if err != nil || got != tt.want {
			t.Errorf("ParsePeriodIn(%q, 2018) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if _, err := calendar.ParsePeriod(tt.in); err == nil && tt.in != "Quý III/2017" {
			t.Errorf("ParsePeriod(%q) without a year succeeded", tt.in)
		}
	}
	if _, err := calendar.ParsePeriodIn("Quý III", 99); err == nil {
		t.Error("ParsePeriodIn with year 99 succeeded")
	}
}

func TestParsePeriodErrors(t *testing.T) {
	bad := []string{
		"", "   ", "Quý", "Quý V/2017", "Quý 0/2017", "Quý III/17", "Quý III/", "Quý I, III/2018",
		"Quý II, I/2018", "Tháng 13/2017", "Tháng 0/2017", "Tháng 8/2017 abc", "Năm 2018-2017",
		"Giai đoạn 2011", "giai đoạn 2011-", "Tuần 53/2017", "Tuần 0/2017", "5 tháng đầu năm 2018",
		"6 tháng giữa năm 2018", "Từ 15/12/2017 đến 14/06/2017", "Từ 31/02/2017 đến 14/06/2018",
		"Từ 15/12/2017", "Thường xuyên", "31/12/2017", "Năm 0999", "Quý III năm 2017 năm",
		"Quý III/2017 ≥",
	}
	for _, in := range bad {
		p, err := calendar.ParsePeriod(in)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.What != "period" || pe.Reason == "" {
			t.Errorf("ParsePeriod(%q) = %v, %v; want a *ParseError naming the input", in, p, err)
		}
	}
	_, err := calendar.ParsePeriod("Quý III")
	if err == nil || err.Error() != `calendar: cannot parse period "Quý III": no year: the phrase omits it and none was given` {
		t.Errorf("ParsePeriod(\"Quý III\") error = %v", err)
	}
}

func TestPeriodStringParsesBack(t *testing.T) {
	// Every kind, across year ends and leap years.
	start := calendar.NewDate(2015, 12, 20)
	for d := start; d.Before(start.AddDays(800)); d = d.AddDays(1) {
		y, m, _ := d.Date()
		for _, p := range []calendar.Period{
			calendar.WeekPeriod(d),
			calendar.MonthPeriod(y, m),
			calendar.QuarterPeriod(y, (int(m)+2)/3),
			calendar.HalfPeriod(y, (int(m)+5)/6),
			calendar.YearPeriod(y),
			calendar.YearsPeriod(y, y+4),
			calendar.SpanPeriod(d, d.AddDays(17)),
		} {
			got, err := calendar.ParsePeriod(p.String())
			if err != nil || got != p {
				t.Fatalf("ParsePeriod(%q) = %v, %v; want %v", p.String(), got, err, p)
			}
		}
	}
}

func TestPeriodJSON(t *testing.T) {
	type doc struct {
		Period calendar.Period `json:"period"`
	}
	b, err := json.Marshal(doc{calendar.QuarterPeriod(2017, 3)})
	if err != nil || string(b) != `{"period":"Quý III/2017"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var back doc
	if err := json.Unmarshal([]byte(`{"period":"giai đoạn 2011-2015"}`), &back); err != nil || back.Period != calendar.YearsPeriod(2011, 2015) {
		t.Fatalf("Unmarshal = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"period":""}`), &back); err != nil || !back.Period.IsZero() {
		t.Fatalf("Unmarshal of empty text = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"period":"Quý V/2017"}`), &back); err == nil {
		t.Fatal("Unmarshal of a bad period succeeded")
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{
		"Quý III/2017", "quý 3 năm 2017", "Quý I, II/2018", "6 tháng đầu năm 2018", "6 tháng cuối năm 2018",
		"Tháng 8/2017", "tháng 8 năm 2017", "Trong tháng 8/2013", "Năm 2017", "Trong năm 2018",
		"Năm 2017-2018", "giai đoạn 2011-2015", "Giai đoạn 2011 - 2015", "Tuần 53/2015",
		"Từ 15/12/2017 đến 14/06/2018", "Quý II, III/2018",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := calendar.ParsePeriod(s)
		if err != nil {
			return
		}
		if p.IsZero() {
			t.Fatalf("ParsePeriod(%q) returned the zero Period without an error", s)
		}
		back, err := calendar.ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("ParsePeriod(%q) = %v; its String %q parses to %v, %v", s, p, p.String(), back, err)
		}
	})
}
