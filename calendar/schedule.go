package calendar

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/openpar/cchc/internal/enum"
)

// ScheduleKind says how a reporting schedule sets its due days.
type ScheduleKind uint8

// The kinds of reporting schedule plans set.
const (
	ScheduleUnspecified ScheduleKind = iota
	ScheduleWeekly                   // a weekday and time each week: "trước 10 giờ thứ Sáu hằng tuần"
	ScheduleLastWeek                 // a weekday of the last week of each month: "thứ Sáu tuần cuối cùng của tháng"
	ScheduleYearly                   // days of the year for given periods: "trước ngày 5/3 (báo cáo quý I), ..."
	ScheduleNational                 // the national rule for monthly to annual reports: "hằng quý, 6 tháng và năm"
)

var scheduleKinds = enum.Table[ScheduleKind]{
	Pkg:     "calendar",
	Type:    "ScheduleKind",
	Codes:   []string{"unspecified", "weekly", "last-week", "yearly", "national"},
	Unknown: func(w string) error { return &ParseError{What: "schedule kind", Input: w, Reason: "unknown kind"} },
}

// String returns the kind's code word ("last-week").
func (k ScheduleKind) String() string { return scheduleKinds.String(k) }

// ParseScheduleKind is the inverse of ScheduleKind.String.
func ParseScheduleKind(s string) (ScheduleKind, error) { return scheduleKinds.Parse(s) }

// MarshalText encodes the kind as its code word.
func (k ScheduleKind) MarshalText() ([]byte, error) { return scheduleKinds.Marshal(k) }

// UnmarshalText decodes a code word written by MarshalText.
func (k *ScheduleKind) UnmarshalText(b []byte) error { return scheduleKinds.Unmarshal(k, b) }

// YearlyDue is one line of a yearly schedule: the report on a period of
// each year, due on a day of that same year. Bình Phước 2018 sets four:
// quarter I before 5/3, the first half before 5/6, quarter III before 5/9
// and the year before 01/12.
type YearlyDue struct {
	Period PeriodKind // PeriodMonth, PeriodQuarter, PeriodHalf or PeriodYear
	Index  int        // the month (1-12), quarter (1-4) or half (1-2); 0 for PeriodYear
	Month  time.Month // the day the report is due
	Day    int
	Before bool // due before the day ("trước ngày 5/3"), not on it
}

// period returns the period d reports on in year y.
func (d YearlyDue) period(y int) Period {
	switch d.Period {
	case PeriodMonth:
		return MonthPeriod(y, time.Month(d.Index))
	case PeriodQuarter:
		return QuarterPeriod(y, d.Index)
	case PeriodHalf:
		return HalfPeriod(y, d.Index)
	}
	return YearPeriod(y)
}

// check returns why d is not a valid line, or "".
func (d YearlyDue) check() string {
	limit := map[PeriodKind]int{PeriodMonth: 12, PeriodQuarter: 4, PeriodHalf: 2, PeriodYear: 0}
	n, ok := limit[d.Period]
	switch {
	case !ok:
		return fmt.Sprintf("a yearly schedule reports on months, quarters, halves or years, not on a %v", d.Period)
	case n == 0 && d.Index != 0, n > 0 && (d.Index < 1 || d.Index > n):
		return fmt.Sprintf("%v %d out of range", d.Period, d.Index)
	case d.Month < 1 || d.Month > 12:
		return fmt.Sprintf("month %d out of range", d.Month)
	case d.Day < 1 || d.Day > daysIn(2001, d.Month):
		// 2001 is not a leap year: 29/2 is not a day every year has.
		return fmt.Sprintf("day %d/%d is not in every year", d.Day, d.Month)
	}
	return ""
}

// label returns what d reports on as a plan writes it: "quý I", "6 tháng".
func (d YearlyDue) label() string {
	switch d.Period {
	case PeriodMonth:
		return fmt.Sprintf("tháng %d", d.Index)
	case PeriodQuarter:
		return "quý " + romanQuarters[d.Index]
	case PeriodHalf:
		if d.Index == 1 {
			return "6 tháng"
		}
		return "6 tháng cuối năm"
	}
	return "năm"
}

// Schedule is a recurring reporting obligation: when reports fall due, for
// which periods. It keeps the text it was read from; schedules built by the
// constructors carry the text a plan would write, which ParseSchedule reads
// back. Compare schedules with Equal.
//
// When a due day is not a working day the report is due on the next working
// day, at the same time of day (Bộ luật Dân sự 2015, Điều 148): a weekly
// report due on a Friday that is a holiday is due on the next working day.
// A day a report must come before ("trước ngày 5/3") is a bound the
// schedule does not move: the report is due on the last working day before
// it, as DeadlineBefore resolves.
type Schedule struct {
	text string
	kind ScheduleKind
	day  time.Weekday  // weekly and last-week
	at   time.Duration // weekly and last-week: the time of day, from midnight; 0 for any time on the day
	freq Frequency     // what recurs; for a national schedule also AdHoc
	dues []YearlyDue   // yearly, in the order of their days
}

// WeeklySchedule returns a report due each week on day at the time of day
// at (10*time.Hour for 10:00 ICT); at 0 means any time on that day. Thái
// Nguyên 2017 asks for one by 10:00 on Friday. The report covers the
// Monday-to-Sunday week of its due day.
func WeeklySchedule(day time.Weekday, at time.Duration) (Schedule, error) {
	return newWeekdaySchedule(ScheduleWeekly, day, at)
}

// LastWeekSchedule returns a monthly report due on day of the last week of
// each month, at the time of day at; Thái Nguyên 2017 asks for one by 10:00
// on "thứ Sáu tuần cuối cùng của tháng". That day is the last such weekday
// within the month: where a month ends before its last week reaches the
// weekday (August 2017 ends on a Thursday), the report is due on the
// weekday of the week before (Friday 25/8/2017), not in the next month,
// since a monthly report is sent within the month it covers.
func LastWeekSchedule(day time.Weekday, at time.Duration) (Schedule, error) {
	return newWeekdaySchedule(ScheduleLastWeek, day, at)
}

func newWeekdaySchedule(kind ScheduleKind, day time.Weekday, at time.Duration) (Schedule, error) {
	if day < time.Sunday || day > time.Saturday {
		return Schedule{}, fmt.Errorf("calendar: schedule: weekday %d out of range", int(day))
	}
	if at < 0 || at >= 24*time.Hour || at%time.Minute != 0 {
		return Schedule{}, fmt.Errorf("calendar: schedule: time of day %v is not a whole minute of the day", at)
	}
	s := Schedule{kind: kind, day: day, at: at, freq: Weekly}
	if kind == ScheduleLastWeek {
		s.freq = Monthly
	}
	s.text = s.phrase()
	return s, nil
}

// YearlySchedule returns reports due on fixed days of each year, one per
// YearlyDue. It is an error to give none, an invalid line, or two lines for
// the same period.
func YearlySchedule(dues ...YearlyDue) (Schedule, error) {
	s, reason := newYearly(dues)
	if reason != "" {
		return Schedule{}, fmt.Errorf("calendar: schedule: %s", reason)
	}
	s.text = s.phrase()
	return s, nil
}

func newYearly(dues []YearlyDue) (Schedule, string) {
	if len(dues) == 0 {
		return Schedule{}, "a yearly schedule needs at least one due day"
	}
	s := Schedule{kind: ScheduleYearly, dues: slices.Clone(dues)}
	for i, d := range s.dues {
		if reason := d.check(); reason != "" {
			return Schedule{}, reason
		}
		for _, e := range s.dues[:i] {
			if e.Period == d.Period && e.Index == d.Index {
				return Schedule{}, fmt.Sprintf("two due days for the report on %s", d.label())
			}
		}
		s.freq |= periodFrequency[d.Period]
	}
	slices.SortStableFunc(s.dues, func(a, b YearlyDue) int {
		return cmp.Or(cmp.Compare(a.Month, b.Month), cmp.Compare(a.Day, b.Day))
	})
	return s, ""
}

var periodFrequency = map[PeriodKind]Frequency{
	PeriodWeek: Weekly, PeriodMonth: Monthly, PeriodQuarter: Quarterly, PeriodHalf: HalfYearly, PeriodYear: Yearly,
}

// regular are the frequencies the national rule sets days for.
const regular = Monthly | Quarterly | HalfYearly | Yearly

// NationalSchedule returns monthly, quarterly, six-month and annual reports
// on the national rule (see nationalRules): figures cut off on the 14th of
// the period's last month (the 15th before 2019), reports due on the 20th;
// the annual cut-off is therefore 14/12. f names the reports and may add
// AdHoc. Where reports of several lengths end in the same month, the
// longest stands for the others: a six-month report for the second
// quarter's, an annual one for the fourth quarter's, as plans list them
// ("báo cáo quý I, 6 tháng, quý III, năm").
func NationalSchedule(f Frequency) (Schedule, error) {
	if f&regular == 0 || f&^(regular|AdHoc) != 0 {
		return Schedule{}, fmt.Errorf("calendar: schedule: the national rule sets monthly, quarterly, six-month and annual reports, not %v", f)
	}
	s := Schedule{kind: ScheduleNational, freq: f}
	s.text = s.phrase()
	return s, nil
}

// Kind returns how s sets its due days.
func (s Schedule) Kind() ScheduleKind { return s.kind }

// Text returns the text s was read from, or the text a plan would write for
// a schedule built by a constructor.
func (s Schedule) Text() string { return s.text }

// String returns s.Text().
func (s Schedule) String() string { return s.text }

// IsZero reports whether s is the zero, unset Schedule.
func (s Schedule) IsZero() bool { return s.kind == ScheduleUnspecified }

// Weekday returns the weekday a weekly or last-week report is due on.
func (s Schedule) Weekday() time.Weekday { return s.day }

// At returns the time of day a weekly or last-week report is due by, from
// midnight ICT; 0 means any time on the due day.
func (s Schedule) At() time.Duration { return s.at }

// Frequency returns which reports s sets: Weekly, Monthly, or for yearly and
// national schedules the lengths of their periods (and AdHoc where the text
// adds "hoặc đột xuất").
func (s Schedule) Frequency() Frequency { return s.freq }

// Dues returns the lines of a yearly schedule, in the order of their days.
func (s Schedule) Dues() []YearlyDue { return slices.Clone(s.dues) }

// Equal reports whether s and t are the same schedule read from the same
// text.
func (s Schedule) Equal(t Schedule) bool {
	return s.text == t.text && s.kind == t.kind && s.day == t.day && s.at == t.at && s.freq == t.freq && slices.Equal(s.dues, t.dues)
}

// MarshalText encodes s as its text.
func (s Schedule) MarshalText() ([]byte, error) { return []byte(s.text), nil }

// UnmarshalText decodes text with ParseSchedule; empty text is the zero
// Schedule.
func (s *Schedule) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = Schedule{}
		return nil
	}
	v, err := ParseSchedule(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

var weekdayNames = [...]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

// phrase returns s as a plan would write it, in a form ParseSchedule reads.
func (s Schedule) phrase() string {
	var b strings.Builder
	switch s.kind {
	case ScheduleWeekly, ScheduleLastWeek:
		if s.at != 0 {
			h, m := int(s.at/time.Hour), int(s.at%time.Hour/time.Minute)
			fmt.Fprintf(&b, "trước %d giờ ", h)
			if m != 0 {
				fmt.Fprintf(&b, "%d ", m)
			}
		}
		b.WriteString(weekdayNames[s.day])
		if s.kind == ScheduleWeekly {
			b.WriteString(" hằng tuần")
		} else {
			b.WriteString(" tuần cuối cùng của tháng")
		}
	case ScheduleYearly:
		for i, d := range s.dues {
			if i > 0 {
				b.WriteString(", ")
			}
			word := "chậm nhất"
			if d.Before {
				word = "trước"
			}
			fmt.Fprintf(&b, "%s ngày %d/%d (báo cáo %s)", word, d.Day, int(d.Month), d.label())
		}
	case ScheduleNational:
		b.WriteString(s.freq.vietnamese())
	}
	return b.String()
}
