package calendar_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/openpar/cchc/calendar"
)

// day is a short form for dates in tables.
func day(y, m, d int) calendar.Date { return calendar.NewDate(y, time.Month(m), d) }

// held describes what a deadline holds, for table tests.
func held(dl calendar.Deadline) string {
	switch dl.Kind() {
	case calendar.DeadlineFixed, calendar.DeadlineBefore:
		return dl.Date().String()
	case calendar.DeadlineWithinPeriod, calendar.DeadlineSpan, calendar.DeadlineOngoing:
		return dl.Period().String()
	case calendar.DeadlineRecurring:
		return dl.Frequency().String()
	}
	return dl.Reference()
}

// seedDeadlines holds every deadline phrase of the five seed plans, as a
// clean plan file types it, with the plan's year where the phrase omits
// its own. Seed 002 is a PDF extraction that lost Vietnamese hyphens
// ("20112020"): its phrases are written here with the hyphen restored
// ("2011-2020"), as they are typed in plan files. Its reporting sentence
// "trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6 tháng), ngày 5/9
// (báo cáo quý III); 01/12 (báo cáo năm)" puts one "trước" before four
// days; each is listed here as the deadline it is, "trước ngày 5/6".
var seedDeadlines = []struct {
	seed string // which seed plan and where
	in   string
	year int // the plan's year, for phrases that omit theirs
	kind calendar.DeadlineKind
	held string        // what the deadline holds, see held
	due  calendar.Date // zero: no single day
}{
	// 000 Bắc Kạn 2011-2015: the plan's span, and duties in its text.
	{"000 title", "giai đoạn 2011-2015", 0, calendar.DeadlineSpan, "Năm 2011-2015", day(2015, 12, 31)},
	{"000 A", "giai đoạn 2011 - 2020", 0, calendar.DeadlineSpan, "Năm 2011-2020", day(2020, 12, 31)},
	{"000 A", "hết năm 2015", 0, calendar.DeadlineWithinPeriod, "Năm 2015", day(2015, 12, 31)},
	{"000 B.I", "GIAI ĐOẠN 2011 - 2015", 0, calendar.DeadlineSpan, "Năm 2011-2015", day(2015, 12, 31)},
	{"000 C.II.3", "giai đoạn 2011- 2015", 0, calendar.DeadlineSpan, "Năm 2011-2015", day(2015, 12, 31)},
	{"000 C.II.2.1", "khi có văn bản quy định của Bộ Nội vụ", 0, calendar.DeadlineOnEvent, "có văn bản quy định của Bộ Nội vụ", calendar.Date{}},
	{"000 C.II.2.8", "khi có văn bản quy định của Bộ Giáo dục và Đào tạo", 0, calendar.DeadlineOnEvent, "có văn bản quy định của Bộ Giáo dục và Đào tạo", calendar.Date{}},
	{"000 C.II.2.9", "khi có văn bản quy định của Bộ Y tế", 0, calendar.DeadlineOnEvent, "có văn bản quy định của Bộ Y tế", calendar.Date{}},
	{"000 C.I.1", "hàng năm", 0, calendar.DeadlineRecurring, "yearly", calendar.Date{}},
	{"000 C.II.2.1", "hằng năm", 0, calendar.DeadlineRecurring, "yearly", calendar.Date{}},
	{"000 C.III.1", "định kỳ 6 tháng, cuối năm", 0, calendar.DeadlineRecurring, "half-yearly+yearly", calendar.Date{}},

	// 001 Thái Nguyên 2017: the annex's "Thời gian hoàn thành chậm nhất".
	{"001 annex", "Thường xuyên", 2017, calendar.DeadlineOngoing, "", calendar.Date{}},
	{"001 annex", "Theo quy định", 2017, calendar.DeadlineByRegulation, "quy định", calendar.Date{}},
	{"001 annex 1.3", "Tháng 8/2017", 2017, calendar.DeadlineWithinPeriod, "Tháng 8/2017", day(2017, 8, 31)},
	{"001 annex 1.4", "Tháng 9/2017", 2017, calendar.DeadlineWithinPeriod, "Tháng 9/2017", day(2017, 9, 29)},
	{"001 annex 1.7", "Tháng 11/2017", 2017, calendar.DeadlineWithinPeriod, "Tháng 11/2017", day(2017, 11, 30)},
	{"001 annex 1.8", "31/12/2017", 2017, calendar.DeadlineFixed, "2017-12-31", day(2018, 1, 2)},
	{"001 annex 7.8", "Theo kế hoạch", 2017, calendar.DeadlineByPlan, "kế hoạch", calendar.Date{}},
	{"001 annex 8.4", "Năm 2017-2018", 2017, calendar.DeadlineSpan, "Năm 2017-2018", day(2018, 12, 28)},
	{"001 annex 8.6", "Quý III/2017", 2017, calendar.DeadlineWithinPeriod, "Quý III/2017", day(2017, 9, 29)},
	// 001 Thái Nguyên 2017: deadlines in the plan's text.
	{"001 II.4", "chậm nhất ngày 31/12/2017", 2017, calendar.DeadlineFixed, "2017-12-31", day(2018, 1, 2)},
	{"001 II.5", "trong quý III năm 2017", 2017, calendar.DeadlineWithinPeriod, "Quý III/2017", day(2017, 9, 29)},
	{"001 III.2", "hết năm 2017", 2017, calendar.DeadlineWithinPeriod, "Năm 2017", day(2017, 12, 29)},
	{"001 III", "chậm nhất ngày 30/7/2017", 2017, calendar.DeadlineFixed, "2017-07-30", day(2017, 7, 31)},

	// 002 Bình Phước 2018: the annex's "Thời gian hoàn thành".
	{"002 annex", "Trong năm 2018", 2018, calendar.DeadlineWithinPeriod, "Năm 2018", day(2018, 12, 28)},
	{"002 annex", "Thường xuyên trong năm", 2018, calendar.DeadlineOngoing, "Năm 2018", calendar.Date{}},
	{"002 annex VII.3", "Thường xuyên", 2018, calendar.DeadlineOngoing, "", calendar.Date{}},
	{"002 annex III.3", "Quý I, II/2018", 2018, calendar.DeadlineWithinPeriod, "6 tháng đầu năm 2018", day(2018, 6, 29)},
	{"002 annex VI.4", "Quý I/2018", 2018, calendar.DeadlineWithinPeriod, "Quý I/2018", day(2018, 3, 30)},
	{"002 annex VII.6", "Khi có văn bản của Bộ Nội vụ", 2018, calendar.DeadlineOnEvent, "có văn bản của Bộ Nội vụ", calendar.Date{}},
	{"002 annex VII.7", "Hàng quý, 6 tháng và năm hoặc đột xuất", 2018, calendar.DeadlineRecurring, "quarterly+half-yearly+yearly+ad-hoc", calendar.Date{}},
	{"002 annex VII.8", "Định kỳ hoặc đột xuất", 2018, calendar.DeadlineRecurring, "periodic+ad-hoc", calendar.Date{}},
	// 002 Bình Phước 2018: the reporting days and the programmes it rests on.
	{"002 VI.1.c", "trước ngày 5/3", 2018, calendar.DeadlineBefore, "2018-03-05", day(2018, 3, 2)},
	{"002 VI.1.c", "trước ngày 5/6", 2018, calendar.DeadlineBefore, "2018-06-05", day(2018, 6, 4)},
	{"002 VI.1.c", "trước ngày 5/9", 2018, calendar.DeadlineBefore, "2018-09-05", day(2018, 9, 4)},
	{"002 VI.1.c", "trước ngày 01/12", 2018, calendar.DeadlineBefore, "2018-12-01", day(2018, 11, 30)},
	{"002 VI.1.c", "định kỳ hàng quý, 6 tháng và năm", 2018, calendar.DeadlineRecurring, "quarterly+half-yearly+yearly", calendar.Date{}},
	{"002 basis", "giai đoạn 2011-2020", 2018, calendar.DeadlineSpan, "Năm 2011-2020", day(2020, 12, 31)},
	{"002 basis", "giai đoạn 2016 - 2020", 2018, calendar.DeadlineSpan, "Năm 2016-2020", day(2020, 12, 31)},
	{"002 II.6.d", "trong năm 2018", 2018, calendar.DeadlineWithinPeriod, "Năm 2018", day(2018, 12, 28)},

	// 003 Bắc Kạn town: the programme's spans, written with an en dash.
	{"003", "giai đoạn 2011 – 2015", 0, calendar.DeadlineSpan, "Năm 2011-2015", day(2015, 12, 31)},
	{"003", "giai đoạn 2011 – 2020", 0, calendar.DeadlineSpan, "Năm 2011-2020", day(2020, 12, 31)},

	// 004 Lạng Sơn 2013: "Thời gian: ..." after each task, and reporting.
	{"004 II.1", "Trong tháng 8/2013", 2013, calendar.DeadlineWithinPeriod, "Tháng 8/2013", day(2013, 8, 30)},
	{"004 II.2", "Thường xuyên", 2013, calendar.DeadlineOngoing, "", calendar.Date{}},
	{"004 I.1", "hằng năm", 2013, calendar.DeadlineRecurring, "yearly", calendar.Date{}},
	{"004 III.4", "hằng quý", 2013, calendar.DeadlineRecurring, "quarterly", calendar.Date{}},
	{"004 title", "giai đoạn 2011-2020", 2013, calendar.DeadlineSpan, "Năm 2011-2020", day(2020, 12, 31)},
}

func TestParseDeadlineSeeds(t *testing.T) {
	for _, tt := range seedDeadlines {
		for _, in := range []string{tt.in, norm.NFD.String(tt.in)} {
			dl, err := calendar.ParseDeadlineIn(in, tt.year)
			if err != nil {
				t.Errorf("%s: ParseDeadlineIn(%q, %d): %v", tt.seed, in, tt.year, err)
				continue
			}
			// References keep the source text, so compare them in NFC.
			if dl.Kind() != tt.kind || norm.NFC.String(held(dl)) != tt.held || dl.Text() != in || dl.String() != in {
				t.Errorf("%s: ParseDeadlineIn(%q, %d) = %v %q text %q; want %v %q", tt.seed, in, tt.year, dl.Kind(), held(dl), dl.Text(), tt.kind, tt.held)
			}
			due, ok := dl.Due(calendar.Vietnam())
			if due != tt.due || ok == tt.due.IsZero() {
				t.Errorf("%s: %q due %v, %v; want %v", tt.seed, in, due, ok, tt.due)
			}
		}
	}
}

func TestDeadlineDueFacts(t *testing.T) {
	vn := calendar.Vietnam()
	tests := []struct {
		in  string
		due calendar.Date
	}{
		{"31/12/2017", day(2018, 1, 2)},              // a Sunday, then the New Year holiday
		{"Trong tháng 8/2013", day(2013, 8, 30)},     // 31/8/2013 is a Saturday
		{"Quý III/2017", day(2017, 9, 29)},           // 30/9/2017 is a Saturday
		{"trước ngày 01/12/2018", day(2018, 11, 30)}, // 01/12/2018 is a Saturday
		{"trước ngày 05/3/2018", day(2018, 3, 2)},    // 5/3/2018 is a Monday
		{"ngày 28/12/2018", day(2018, 12, 28)},       // a Friday, worked
		{"ngày 29/12/2018", day(2019, 1, 2)},         // 31/12/2018 swapped off, 1/1/2019 a holiday
		{"Quý I/2018", day(2018, 3, 30)},
		{"Năm 2019", day(2019, 12, 31)},
		{"ngày 16/2/2018", day(2018, 2, 21)}, // Tết Mậu Tuất
		{"trước ngày 21/2/2018", day(2018, 2, 13)},
		{"Từ 14/2/2018 đến 18/2/2018", day(2018, 2, 21)}, // Tết, 14-20/2: no working day in the span
	}
	for _, tt := range tests {
		dl, err := calendar.ParseDeadline(tt.in)
		if err != nil {
			t.Errorf("ParseDeadline(%q): %v", tt.in, err)
			continue
		}
		if due, ok := dl.Due(vn); !ok || due != tt.due {
			t.Errorf("%q due %v, %v; want %v", tt.in, due, ok, tt.due)
		}
		if due, _ := dl.Due(nil); due != tt.due {
			t.Errorf("%q due %v on the nil calendar; want Vietnam's %v", tt.in, due, tt.due)
		}
	}
	if d, ok := mustDeadline(t, "Thường xuyên").Due(vn); ok || !d.IsZero() {
		t.Errorf("Thường xuyên due %v, %v; want no day", d, ok)
	}
}

func mustDeadline(t testing.TB, s string) calendar.Deadline {
	t.Helper()
	dl, err := calendar.ParseDeadline(s)
	if err != nil {
		t.Fatal(err)
	}
	return dl
}

func TestDeadlineWithEvent(t *testing.T) {
	dl := mustDeadline(t, "Khi có văn bản của Bộ Nội vụ")
	if _, ok := dl.Event(); ok {
		t.Fatal("a parsed deadline has an event")
	}
	if _, ok := dl.Due(nil); ok {
		t.Fatal("an on-event deadline is due before its event")
	}
	// The ministry's document arrives on Saturday 3/3/2018.
	got := dl.WithEvent(day(2018, 3, 3))
	if d, ok := got.Event(); !ok || d != day(2018, 3, 3) {
		t.Errorf("Event = %v, %v", d, ok)
	}
	if d, ok := got.Due(nil); !ok || d != day(2018, 3, 5) {
		t.Errorf("Due after the event = %v, %v; want 2018-03-05", d, ok)
	}
	if got.Text() != dl.Text() || got.Kind() != dl.Kind() || got == dl {
		t.Errorf("WithEvent changed the text or kind, or nothing: %+v", got)
	}
	if fixed := mustDeadline(t, "31/12/2017"); fixed.WithEvent(day(2018, 3, 3)) != fixed {
		t.Error("WithEvent changed a fixed deadline")
	}
}

func TestParseDeadlineForms(t *testing.T) {
	tests := []struct {
		in   string
		kind calendar.DeadlineKind
		held string
	}{
		{"ngày 30/7/2017", calendar.DeadlineFixed, "2017-07-30"},
		{"ngày 30 tháng 7 năm 2017", calendar.DeadlineFixed, "2017-07-30"},
		{"30-07-2017", calendar.DeadlineFixed, "2017-07-30"},
		{"trước ngày 01/12/2018", calendar.DeadlineBefore, "2018-12-01"},
		{"Trước 01/12/2018", calendar.DeadlineBefore, "2018-12-01"},
		{"chậm nhất trong tháng 8/2017", calendar.DeadlineWithinPeriod, "Tháng 8/2017"},
		{"6 tháng đầu năm 2018", calendar.DeadlineWithinPeriod, "6 tháng đầu năm 2018"},
		{"đến hết năm 2015", calendar.DeadlineWithinPeriod, "Năm 2015"},
		{"Năm 2017", calendar.DeadlineWithinPeriod, "Năm 2017"},
		{"Tuần 31/2017", calendar.DeadlineWithinPeriod, "Tuần 31/2017"},
		{"Từ 15/12/2017 đến 14/06/2018", calendar.DeadlineSpan, "Từ 15/12/2017 đến 14/06/2018"},
		{"Thường xuyên trong năm 2018", calendar.DeadlineOngoing, "Năm 2018"},
		{"Thường xuyên trong năm", calendar.DeadlineOngoing, ""},
		{"Theo chỉ đạo của UBND tỉnh", calendar.DeadlineByPlan, "chỉ đạo của UBND tỉnh"},
		{"theo Kế hoạch đề ra", calendar.DeadlineByPlan, "Kế hoạch đề ra"},
		{"Theo Nghị định số 34/2016/NĐ-CP", calendar.DeadlineByRegulation, "Nghị định số 34/2016/NĐ-CP"},
		{"Hàng quý", calendar.DeadlineRecurring, "quarterly"},
		{"hằng tháng", calendar.DeadlineRecurring, "monthly"},
		{"Đột xuất", calendar.DeadlineRecurring, "ad-hoc"},
		{"thuong xuyen", calendar.DeadlineOngoing, ""},
		{"THEO QUY ĐỊNH", calendar.DeadlineByRegulation, "QUY ĐỊNH"},
	}
	for _, tt := range tests {
		dl, err := calendar.ParseDeadline(tt.in)
		if err != nil || dl.Kind() != tt.kind || held(dl) != tt.held {
			t.Errorf("ParseDeadline(%q) = %v %q, %v; want %v %q", tt.in, dl.Kind(), held(dl), err, tt.kind, tt.held)
		}
	}
}

func TestParseDeadlineErrors(t *testing.T) {
	bad := []string{
		"", "  ", "abc", "31/02/2017", "31/12/17", "ngày", "ngày 30", "trước", "trước ngày",
		"Quý V/2017", "Khi", "Theo", "Theo ý kiến", "Hằng", "hằng giờ", "Thường xuyên liên tục",
		"31/12/2017 abc", "Tháng 13/2017", "32/1/2017", "1/1/0999", "Năm 2018-2017", "giai đoạn 2011",
	}
	for _, in := range bad {
		dl, err := calendar.ParseDeadline(in)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.What != "deadline" || pe.Reason == "" || !dl.IsZero() {
			t.Errorf("ParseDeadline(%q) = %v, %v; want a *ParseError naming the input", in, dl, err)
		}
	}
}

func TestParseDeadlineNeedsYear(t *testing.T) {
	for _, in := range []string{"trước ngày 5/3", "ngày 5/6", "01/12", "Quý III", "Tháng 8", "Trong năm", "6 tháng đầu năm", "ngày 30 tháng 7"} {
		_, err := calendar.ParseDeadline(in)
		if err == nil || !strings.Contains(err.Error(), "no year") {
			t.Errorf("ParseDeadline(%q) error = %v, want one saying a year is needed", in, err)
		}
		if _, err := calendar.ParseDeadlineIn(in, 2018); err != nil {
			t.Errorf("ParseDeadlineIn(%q, 2018): %v", in, err)
		}
	}
	if _, err := calendar.ParseDeadlineIn("trước ngày 5/3", 20018); err == nil {
		t.Error("ParseDeadlineIn with year 20018 succeeded")
	}
	// A year in the text wins over the plan's.
	dl, err := calendar.ParseDeadlineIn("trước ngày 01/12/2019", 2018)
	if err != nil || dl.Date() != day(2019, 12, 1) {
		t.Errorf("ParseDeadlineIn(\"trước ngày 01/12/2019\", 2018) = %v, %v", dl.Date(), err)
	}
}

func TestDeadlineKindText(t *testing.T) {
	for k := calendar.DeadlineUnspecified; k <= calendar.DeadlineOnEvent; k++ {
		b, err := k.MarshalText()
		var back calendar.DeadlineKind
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("%v: text %q parses back to %v", k, b, back)
		}
	}
	if s := calendar.DeadlineKind(200).String(); s != "DeadlineKind(200)" {
		t.Errorf("String of an unknown kind = %q", s)
	}
	var k calendar.DeadlineKind
	if err := k.UnmarshalText([]byte("soon")); err == nil {
		t.Error("UnmarshalText(\"soon\") succeeded")
	}
}

func TestFrequencyText(t *testing.T) {
	for f := calendar.Frequency(0); f < calendar.AdHoc<<1; f++ {
		b, err := f.MarshalText()
		var back calendar.Frequency
		if err != nil || back.UnmarshalText(b) != nil || back != f {
			t.Errorf("%v: text %q parses back to %v", f, b, back)
		}
	}
	if got := (calendar.Quarterly | calendar.Yearly | calendar.AdHoc).Periods(); len(got) != 2 || got[0] != calendar.PeriodQuarter || got[1] != calendar.PeriodYear {
		t.Errorf("Periods = %v", got)
	}
	if !(calendar.Quarterly | calendar.Yearly).Has(calendar.Yearly) || calendar.Yearly.Has(calendar.Quarterly|calendar.Yearly) || calendar.Yearly.Has(0) {
		t.Error("Has is wrong")
	}
	for _, bad := range []string{"", "daily", "yearly+yearly", "yearly+"} {
		if _, err := calendar.ParseFrequency(bad); err == nil {
			t.Errorf("ParseFrequency(%q) succeeded", bad)
		}
	}
}

func FuzzParseDeadline(f *testing.F) {
	for _, tt := range seedDeadlines {
		f.Add(tt.in)
	}
	for _, s := range []string{"31/12/2017", "trước ngày 01/12/2018", "ngày 30 tháng 7 năm 2017", "Từ 15/12/2017 đến 14/06/2018", "Theo chỉ đạo của UBND tỉnh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dl, err := calendar.ParseDeadline(s)
		if err != nil {
			return
		}
		if dl.IsZero() || dl.Text() != s {
			t.Fatalf("ParseDeadline(%q) = %v kind %v: lost its text or kind", s, dl, dl.Kind())
		}
		back, err := calendar.ParseDeadline(dl.String())
		if err != nil || back != dl {
			t.Fatalf("ParseDeadline(%q) = %+v; its String parses to %+v, %v", s, dl, back, err)
		}
	})
}

func TestUnreadableDeadlineKeepsItsText(t *testing.T) {
	dl, err := calendar.ParseDeadline("sớm nhất có thể")
	if err == nil {
		t.Fatal("an unreadable phrase parsed")
	}
	if dl.Kind() != calendar.DeadlineUnspecified || dl.Text() != "sớm nhất có thể" {
		t.Errorf("got kind %v text %q, want an unspecified deadline keeping the text", dl.Kind(), dl.Text())
	}
	if _, ok := dl.Due(calendar.Vietnam()); ok {
		t.Error("an unspecified deadline has a due day")
	}
}

func TestDeadlineNominal(t *testing.T) {
	tests := []struct {
		in      string
		nominal calendar.Date
		ok      bool
	}{
		{"31/12/2017", day(2017, 12, 31), true},
		{"trước ngày 01/12/2018", day(2018, 11, 30), true},
		{"Quý III/2017", day(2017, 9, 30), true},
		{"Giai đoạn 2011-2015", day(2015, 12, 31), true},
		{"Thường xuyên", calendar.Date{}, false},
		{"Hàng quý", calendar.Date{}, false},
		{"Khi có văn bản của Bộ Nội vụ", calendar.Date{}, false},
	}
	for _, tt := range tests {
		if d, ok := mustDeadline(t, tt.in).Nominal(); d != tt.nominal || ok != tt.ok {
			t.Errorf("%q: Nominal = %v, %v; want %v, %v", tt.in, d, ok, tt.nominal, tt.ok)
		}
	}
	for in, want := range map[string]bool{"Hàng quý": true, "Hằng quý, 6 tháng và năm hoặc đột xuất": true, "Hằng tuần": true,
		"Định kỳ hoặc đột xuất": false, "Đột xuất": false, "Quý III/2017": false, "Thường xuyên": false} {
		if got := mustDeadline(t, in).Recurs(); got != want {
			t.Errorf("%q: Recurs = %v", in, got)
		}
	}
	event := mustDeadline(t, "Khi có văn bản của Bộ Nội vụ").WithEvent(day(2018, 3, 3))
	if d, ok := event.Nominal(); !ok || d != day(2018, 3, 3) {
		t.Errorf("the recorded event: Nominal = %v, %v", d, ok)
	}
}

// dueOn is what the tables below expect of a deadline's occurrence.
type dueOn struct {
	period       string
	nominal, due calendar.Date
}

func dueDays(t *testing.T, dl calendar.Deadline, from, to calendar.Date) []dueOn {
	t.Helper()
	var out []dueOn
	for o := range dl.Occurrences(nil, from, to) {
		if !o.Data.IsZero() || o.At != 0 {
			t.Fatalf("%q: %+v sets a cut-off or a time of day", dl, o)
		}
		out = append(out, dueOn{o.Period.String(), o.Nominal, o.Due})
	}
	return out
}

func TestDeadlineOccurrences(t *testing.T) {
	tests := []struct {
		in       string
		from, to calendar.Date
		want     []dueOn
	}{
		// 31/3/2018 is a Saturday; 30/6 a Saturday; 29-30/9 a weekend;
		// 31/12/2018 a day off swapped for Saturday 5/1/2019.
		{"Hàng quý", day(2018, 1, 1), day(2018, 12, 31), []dueOn{
			{"Quý I/2018", day(2018, 3, 31), day(2018, 3, 30)},
			{"Quý II/2018", day(2018, 6, 30), day(2018, 6, 29)},
			{"Quý III/2018", day(2018, 9, 30), day(2018, 9, 28)},
			{"Quý IV/2018", day(2018, 12, 31), day(2018, 12, 28)},
		}},
		// Bình Phước 2018, task VII.7: the longest period stands for the
		// shorter ones ending with it.
		{"Hàng quý, 6 tháng và năm hoặc đột xuất", day(2018, 1, 1), day(2018, 12, 31), []dueOn{
			{"Quý I/2018", day(2018, 3, 31), day(2018, 3, 30)},
			{"6 tháng đầu năm 2018", day(2018, 6, 30), day(2018, 6, 29)},
			{"Quý III/2018", day(2018, 9, 30), day(2018, 9, 28)},
			{"Năm 2018", day(2018, 12, 31), day(2018, 12, 28)},
		}},
		// The range holds due days, not periods: Quý IV/2018 is due on
		// 28/12, before the range starts.
		{"Hàng quý", day(2018, 12, 29), day(2019, 4, 1), []dueOn{
			{"Quý I/2019", day(2019, 3, 31), day(2019, 3, 29)},
		}},
		// The week of Tết Ất Tỵ (27/1-2/2/2025) has no working day: due on
		// the first working day after it, which the range still holds.
		{"Hằng tuần", day(2025, 1, 20), day(2025, 2, 3), []dueOn{
			{"Tuần 4/2025", day(2025, 1, 26), day(2025, 1, 24)},
			{"Tuần 5/2025", day(2025, 2, 2), day(2025, 2, 3)},
		}},
		{"31/12/2017", day(2018, 1, 1), day(2018, 1, 5), []dueOn{{"", day(2017, 12, 31), day(2018, 1, 2)}}},
		{"Quý III/2017", day(2017, 9, 1), day(2017, 9, 30), []dueOn{{"Quý III/2017", day(2017, 9, 30), day(2017, 9, 29)}}},
		{"31/12/2017", day(2017, 12, 1), day(2017, 12, 31), nil},
		{"Định kỳ hoặc đột xuất", day(2018, 1, 1), day(2018, 12, 31), nil},
		{"Thường xuyên", day(2018, 1, 1), day(2018, 12, 31), nil},
		{"Hàng quý", day(2018, 12, 31), day(2018, 1, 1), nil},
		{"Hàng quý", calendar.Date{}, day(2018, 12, 31), nil},
	}
	for _, tt := range tests {
		got := dueDays(t, mustDeadline(t, tt.in), tt.from, tt.to)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q from %v to %v:\n got %v\nwant %v", tt.in, tt.from, tt.to, got, tt.want)
		}
	}
}

// TestRecurringDueDaysByWalking checks every due day of recurring duties
// over the years of the working calendar against a walk over
// the days: the last working day of the period, or the first after it when
// the period has none; and that no period is skipped.
func TestRecurringDueDaysByWalking(t *testing.T) {
	vn := calendar.Vietnam()
	from, to := day(calendar.FirstHolidayYear, 1, 1), day(calendar.LastHolidayYear, 12, 31)
	for _, in := range []string{"Hằng tuần", "Hằng quý", "Hằng tháng, quý, 6 tháng và năm"} {
		var prev calendar.Period
		for o := range mustDeadline(t, in).Occurrences(vn, from, to) {
			want := o.Period.End()
			for !want.Before(o.Period.Start()) && !vn.IsWorkday(want) {
				want = want.AddDays(-1)
			}
			if want.Before(o.Period.Start()) {
				for want = o.Period.End().AddDays(1); !vn.IsWorkday(want); want = want.AddDays(1) {
				}
			}
			if o.Due != want || o.Nominal != o.Period.End() {
				t.Fatalf("%q: %v due %v (nominal %v); want %v", in, o.Period, o.Due, o.Nominal, want)
			}
			if !prev.IsZero() && prev.End().AddDays(1) != o.Period.Start() && in != "Hằng tháng, quý, 6 tháng và năm" {
				t.Fatalf("%q: %v follows %v", in, o.Period, prev)
			}
			prev = o.Period
		}
		if prev.End().Before(to.AddDays(-6)) {
			t.Errorf("%q: the last period is %v, want one ending in the last week to %v", in, prev, to)
		}
	}
}

func TestDeadlineOccurrencesStop(t *testing.T) {
	n := 0
	for range mustDeadline(t, "Hằng tuần").Occurrences(nil, day(2018, 1, 1), day(2018, 12, 31)) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d", n)
	}
}
