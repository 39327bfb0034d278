package calendar

import (
	"fmt"

	"github.com/openpar/cchc/internal/enum"
)

// DeadlineKind says how a deadline is written and so how it resolves.
type DeadlineKind uint8

// The kinds of deadline plans write.
const (
	DeadlineUnspecified  DeadlineKind = iota
	DeadlineFixed                     // 31/12/2017, ngày 30/7/2017, chậm nhất ngày 31/12/2017
	DeadlineBefore                    // trước ngày 01/12/2018, trước ngày 5/3
	DeadlineWithinPeriod              // Tháng 8/2017, Trong tháng 8/2013, Quý III/2017, 6 tháng đầu năm 2018, Năm 2017
	DeadlineSpan                      // Năm 2017-2018, Giai đoạn 2011-2015
	DeadlineOngoing                   // Thường xuyên, Thường xuyên trong năm
	DeadlineRecurring                 // Hàng năm, Hàng quý, Hằng quý, 6 tháng và năm hoặc đột xuất
	DeadlineByRegulation              // Theo quy định
	DeadlineByPlan                    // Theo kế hoạch, Theo chỉ đạo của ...
	DeadlineOnEvent                   // Khi có văn bản của Bộ Nội vụ
)

var deadlineKinds = enum.Table[DeadlineKind]{
	Pkg:  "calendar",
	Type: "DeadlineKind",
	Codes: []string{"unspecified", "fixed", "before", "within-period", "span", "ongoing", "recurring",
		"by-regulation", "by-plan", "on-event"},
	Unknown: func(w string) error { return &ParseError{What: "deadline kind", Input: w, Reason: "unknown kind"} },
}

// String returns the kind's code word ("within-period").
func (k DeadlineKind) String() string { return deadlineKinds.String(k) }

// ParseDeadlineKind is the inverse of DeadlineKind.String.
func ParseDeadlineKind(s string) (DeadlineKind, error) { return deadlineKinds.Parse(s) }

// MarshalText encodes the kind as its code word.
func (k DeadlineKind) MarshalText() ([]byte, error) { return deadlineKinds.Marshal(k) }

// UnmarshalText decodes a code word written by MarshalText.
func (k *DeadlineKind) UnmarshalText(b []byte) error { return deadlineKinds.Unmarshal(k, b) }

// Deadline is a completion time as a plan writes it: a day, a period, a
// recurrence, a pointer to another rule or plan, or an event. It keeps its
// source text. Deadlines are comparable with ==; the zero Deadline is unset.
type Deadline struct {
	text   string
	kind   DeadlineKind
	date   Date      // fixed and before: the day written
	period Period    // within-period and span; ongoing where the text names one
	freq   Frequency // recurring
	ref    string    // by-regulation, by-plan, on-event: what the text points to
	event  Date      // on-event: the day the event happened, once recorded
}

// ParseDeadline reads a deadline as the plans write it:
//
//	31/12/2017, ngày 30/7/2017, chậm nhất ngày 31/12/2017,
//	ngày 30 tháng 7 năm 2017                           fixed
//	trước ngày 01/12/2018                              before
//	Tháng 8/2017, Trong tháng 8/2013, Quý III/2017,
//	Quý I, II/2018, 6 tháng đầu năm 2018, Trong năm
//	2018, hết năm 2015 (any text ParsePeriod reads)    within a period
//	Năm 2017-2018, Giai đoạn 2011-2015                 span
//	Thường xuyên, Thường xuyên trong năm               ongoing
//	Hàng năm, Hàng quý, Hằng quý, 6 tháng và năm hoặc
//	đột xuất, Định kỳ hoặc đột xuất                    recurring
//	Theo quy định                                      by regulation
//	Theo kế hoạch, Theo chỉ đạo của UBND tỉnh          by plan
//	Khi có văn bản của Bộ Nội vụ                       on event
//
// Case, spacing, NFC or NFD and diacritics do not matter; the text is kept
// unchanged. A phrase that cannot be understood, and one that omits its
// year ("trước ngày 5/3"), is a *ParseError; use ParseDeadlineIn to supply
// the plan's year. With the error comes an unspecified Deadline that keeps
// the text.
func ParseDeadline(s string) (Deadline, error) { return ParseDeadlineIn(s, 0) }

// ParseDeadlineIn is ParseDeadline for a plan whose year is implied: year
// fills a year the phrase omits ("trước ngày 5/3", "Quý III", "Trong năm").
// A year written in s wins. Year 0 means no year is known.
func ParseDeadlineIn(s string, year int) (Deadline, error) {
	fail := func(reason string) (Deadline, error) {
		// The unspecified deadline keeps the text, so a plan that holds an
		// unreadable phrase still shows what the document wrote.
		return Deadline{text: s}, &ParseError{What: "deadline", Input: s, Reason: reason}
	}
	if year != 0 && (year < minTextYear || year > maxTextYear) {
		return fail(fmt.Sprintf("year %d out of range %d-%d", year, minTextYear, maxTextYear))
	}
	sc := newScanner(s)
	if sc.done() {
		return fail("empty")
	}
	dl := Deadline{text: s}
	reason := sc.deadline(&dl, year)
	if reason == "" && !sc.done() {
		reason = sc.unexpected()
	}
	if reason != "" {
		return fail(reason)
	}
	return dl, nil
}

// references are the words after "theo" that point a deadline to another
// rule or plan.
var references = []struct {
	words []string
	kind  DeadlineKind
}{
	{[]string{"quy", "dinh"}, DeadlineByRegulation},   // quy định
	{[]string{"nghi", "dinh"}, DeadlineByRegulation},  // Nghị định ...
	{[]string{"thong", "tu"}, DeadlineByRegulation},   // Thông tư ...
	{[]string{"luat"}, DeadlineByRegulation},          // Luật ...
	{[]string{"quyet", "dinh"}, DeadlineByRegulation}, // Quyết định ...
	{[]string{"ke", "hoach"}, DeadlineByPlan},         // kế hoạch
	{[]string{"chi", "dao"}, DeadlineByPlan},          // chỉ đạo của ...
	{[]string{"huong", "dan"}, DeadlineByPlan},        // hướng dẫn của ...
	{[]string{"lo", "trinh"}, DeadlineByPlan},         // lộ trình
	{[]string{"yeu", "cau"}, DeadlineByPlan},          // yêu cầu của ...
	{[]string{"chuong", "trinh"}, DeadlineByPlan},     // chương trình ...
}

// deadline reads a whole deadline phrase into dl and returns a reason when
// it cannot.
func (sc *scanner) deadline(dl *Deadline, year int) string {
	switch {
	case sc.word("thuong", "xuyen"):
		dl.kind = DeadlineOngoing
		if sc.done() {
			return ""
		}
		if sc.peek().text != "trong" {
			return sc.unexpected()
		}
		// "Thường xuyên trong năm" needs no year to be understood: without
		// one the deadline is ongoing over an unnamed period.
		p, reason := sc.period(year)
		if reason == reasonNoYear {
			return ""
		}
		dl.period = p
		return reason
	case sc.word("theo"):
		start := sc.pos
		for _, r := range references {
			if sc.word(r.words...) {
				sc.pos = start
				dl.kind, dl.ref = r.kind, sc.rest()
				return ""
			}
		}
		return "\"theo\" followed by " + sc.unexpected()
	case sc.word("khi"):
		dl.kind, dl.ref = DeadlineOnEvent, sc.rest()
		if dl.ref == "" {
			return "want the event after \"khi\""
		}
		return ""
	}
	if f, ok, reason := sc.frequency(); ok {
		dl.kind, dl.freq = DeadlineRecurring, f
		return reason
	}
	sc.word("cham", "nhat") // "at the latest" adds nothing to a day or period
	if sc.word("truoc") {
		d, found, reason := sc.day(year)
		if !found {
			return "want a day after \"trước\""
		}
		dl.kind, dl.date = DeadlineBefore, d
		return reason
	}
	if d, found, reason := sc.day(year); found {
		dl.kind, dl.date = DeadlineFixed, d
		return reason
	}
	// "hết năm 2015", "đến hết năm 2015": by the end of the period.
	if !sc.word("het") {
		sc.word("den", "het")
	}
	p, reason := sc.period(year)
	dl.kind, dl.period = DeadlineWithinPeriod, p
	if p.kind == PeriodYears || p.kind == PeriodSpan {
		dl.kind = DeadlineSpan
	}
	return reason
}

// day reads a day: "31/12/2017", "ngày 30/7/2017", "5/3", "ngày 30 tháng 7
// năm 2017"; defYear fills an omitted year. found is false, and nothing is
// consumed, when the text does not start with a day.
func (sc *scanner) day(defYear int) (d Date, found bool, reason string) {
	start := sc.pos
	named := sc.word("ngay")
	day, month, year, ok := sc.dayMonth()
	if !ok {
		// The long form: "30 tháng 7 năm 2017".
		var okDay, okMonth bool
		day, okDay = sc.number(2)
		okMonth = okDay && sc.word("thang")
		if okMonth {
			month, okMonth = sc.number(2)
		}
		if !okMonth {
			sc.pos = start
			if named {
				return Date{}, true, "want a day such as \"ngày 30/7/2017\""
			}
			return Date{}, false, ""
		}
		if sc.word("nam") {
			if year, ok = sc.year(); !ok {
				return Date{}, true, "want a four-digit year, " + sc.unexpected()
			}
		}
	}
	if year == 0 {
		if defYear == 0 {
			return Date{}, true, reasonNoYear
		}
		year = defYear
	}
	d, reason = makeDate(year, month, day)
	return d, true, reason
}

// Kind returns how dl is written.
func (dl Deadline) Kind() DeadlineKind { return dl.kind }

// Text returns the source text, unchanged.
func (dl Deadline) Text() string { return dl.text }

// String returns the source text.
func (dl Deadline) String() string { return dl.text }

// IsZero reports whether dl is the zero, unset Deadline.
func (dl Deadline) IsZero() bool { return dl.kind == DeadlineUnspecified }

// Date returns the day a fixed or before deadline names: 31/12/2017 for
// "31/12/2017", 01/12/2018 for "trước ngày 01/12/2018" (the day the work
// must come before). It is the zero Date for other kinds.
func (dl Deadline) Date() Date { return dl.date }

// Period returns the period of a within-period or span deadline, and of an
// ongoing one where the text names it ("Thường xuyên trong năm 2018"). It is
// the zero Period otherwise.
func (dl Deadline) Period() Period { return dl.period }

// Frequency returns how often a recurring deadline comes round; 0 for other
// kinds.
func (dl Deadline) Frequency() Frequency { return dl.freq }

// Reference returns, in the source text, what a by-regulation, by-plan or
// on-event deadline points to: "quy định", "chỉ đạo của UBND tỉnh", "có văn
// bản của Bộ Nội vụ". It is empty for other kinds.
func (dl Deadline) Reference() string { return dl.ref }

// WithEvent returns dl with the day its event happened recorded: an
// on-event deadline ("Khi có văn bản của Bộ Nội vụ") is due from then. Other
// kinds are returned unchanged, as is dl for the zero Date.
func (dl Deadline) WithEvent(d Date) Deadline {
	if dl.kind == DeadlineOnEvent {
		dl.event = d
	}
	return dl
}

// Event returns the day recorded by WithEvent, and whether there is one.
func (dl Deadline) Event() (Date, bool) { return dl.event, !dl.event.IsZero() }
