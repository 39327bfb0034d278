package calendar

import (
	"fmt"
	"time"
)

// ParseSchedule reads a reporting schedule as the plans write it and keeps
// the text:
//
//	trước 10 giờ thứ 6 hằng tuần, chậm nhất 10 giờ ngày thứ Sáu,
//	trước 10 giờ (thứ 6)                                  weekly
//	thứ Sáu tuần cuối cùng của tháng, chậm nhất 10 giờ
//	ngày thứ Sáu tuần cuối cùng của tháng                 last week of the month
//	trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6
//	tháng), ngày 5/9 (báo cáo quý III); 01/12 (báo cáo năm) yearly
//	Hàng quý, 6 tháng và năm; định kỳ 6 tháng, cuối năm;
//	hằng quý                                              national
//
// In a yearly list "trước" holds for the days after it until one says
// "chậm nhất". A list of frequencies with no days follows the national
// rule; followed by ", cụ thể:" and days, it is the yearly schedule those
// days set. Errors are *ParseError.
func ParseSchedule(s string) (Schedule, error) {
	sc := newScanner(s)
	reason := "empty"
	var sch Schedule
	if !sc.done() {
		sch, reason = sc.schedule()
		if reason == "" && !sc.done() {
			reason = sc.unexpected()
		}
	}
	if reason != "" {
		return Schedule{}, &ParseError{What: "schedule", Input: s, Reason: reason}
	}
	sch.text = s
	return sch, nil
}

func (sc *scanner) schedule() (Schedule, string) {
	sc.word("theo")
	weekly := sc.word("hang", "tuan")
	if !weekly {
		if f, ok, reason := sc.frequency(); ok {
			if reason != "" {
				return Schedule{}, reason
			}
			// "…, cụ thể: Hoàn thành trước ngày 5/3 (báo cáo quý I), …"
			sc.mark(",")
			if sc.word("cu", "the") {
				sc.mark(":")
				sc.word("hoan", "thanh")
				return sc.yearlyDues()
			}
			if f&regular == 0 || f&^(regular|AdHoc) != 0 {
				return Schedule{}, fmt.Sprintf("no days for %s reports: the national rule covers monthly, quarterly, six-month and annual ones", f)
			}
			return Schedule{kind: ScheduleNational, freq: f}, ""
		}
	}
	if sch, found, reason := sc.weekdaySchedule(weekly); found {
		return sch, reason
	}
	if weekly {
		return Schedule{}, "want the weekday of the weekly report"
	}
	sc.word("hoan", "thanh")
	return sc.yearlyDues()
}

// weekdaySchedule reads a weekly or last-week schedule: an optional "chậm
// nhất" or "trước", a time of day, a weekday, and "hằng tuần" or "tuần cuối
// cùng của tháng". found is false, and nothing consumed, when the text
// names no weekday.
func (sc *scanner) weekdaySchedule(weeklyPrefix bool) (s Schedule, found bool, reason string) {
	start := sc.pos
	if !sc.word("cham", "nhat") {
		sc.word("truoc")
	}
	at, timed, reason := sc.timeOfDay()
	if reason != "" {
		return Schedule{}, true, reason
	}
	sc.word("vao")
	sc.word("ngay")
	paren := sc.mark("(")
	day, ok := sc.weekday()
	if !ok {
		if timed || paren {
			return Schedule{}, true, "want a weekday such as \"thứ Sáu\""
		}
		sc.pos = start
		return Schedule{}, false, ""
	}
	if paren && !sc.mark(")") {
		return Schedule{}, true, "want \")\" after the weekday"
	}
	if !timed {
		// The time may follow the day: "thứ Sáu, trước 10 giờ".
		after := sc.pos
		sc.mark(",")
		if !sc.word("cham", "nhat") {
			sc.word("truoc")
		}
		if at, timed, reason = sc.timeOfDay(); reason != "" {
			return Schedule{}, true, reason
		}
		if !timed {
			sc.pos = after
		}
	}
	s = Schedule{kind: ScheduleWeekly, day: day, at: at, freq: Weekly}
	switch {
	case sc.word("tuan", "cuoi"):
		sc.word("cung")
		sc.word("cua")
		if !sc.word("thang") {
			return Schedule{}, true, "want \"tuần cuối cùng của tháng\""
		}
		if weeklyPrefix {
			return Schedule{}, true, "a report cannot be both weekly and in the last week of the month"
		}
		s.kind, s.freq = ScheduleLastWeek, Monthly
	case !weeklyPrefix:
		sc.word("hang", "tuan")
	}
	return s, true, ""
}

// timeOfDay reads "10 giờ", "10 giờ 30", "10 giờ 30 phút", "10h", "10h30" or
// "10:30". timed is false, and nothing consumed, when there is none.
func (sc *scanner) timeOfDay() (at time.Duration, timed bool, reason string) {
	start := sc.pos
	h, ok := sc.number(2)
	if !ok {
		return 0, false, ""
	}
	m := 0
	switch {
	case sc.word("gio"), sc.word("h"):
		if n, ok := sc.number(2); ok {
			m = n
			sc.word("phut")
		}
	case sc.mark(":"):
		if m, ok = sc.number(2); !ok {
			return 0, true, "want minutes after \":\""
		}
	default:
		sc.pos = start
		return 0, false, ""
	}
	if h > 23 || m > 59 || h+m == 0 {
		return 0, true, fmt.Sprintf("time of day %d:%02d out of range", h, m)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, true, ""
}

// weekdayWords are the weekdays after "thứ", folded: thứ Hai to thứ Bảy.
var weekdayWords = map[string]time.Weekday{
	"hai": time.Monday, "ba": time.Tuesday, "tu": time.Wednesday,
	"nam": time.Thursday, "sau": time.Friday, "bay": time.Saturday,
}

// weekday reads "thứ Sáu", "thứ 6" or "Chủ nhật".
func (sc *scanner) weekday() (time.Weekday, bool) {
	start := sc.pos
	if sc.word("chu", "nhat") {
		return time.Sunday, true
	}
	if sc.word("thu") {
		// "thứ 2" is Monday, "thứ 7" Saturday.
		if n, ok := sc.number(1); ok && n >= 2 && n <= 7 {
			return time.Weekday(n - 1), true
		}
		if d, ok := weekdayWords[sc.peek().text]; ok && sc.peek().kind == tokWord {
			sc.pos++
			return d, true
		}
	}
	sc.pos = start
	return 0, false
}

// yearlyDues reads the days of a yearly schedule: "trước ngày 5/3 (báo cáo
// quý I), ngày 5/6 (báo cáo 6 tháng), …".
func (sc *scanner) yearlyDues() (Schedule, string) {
	var dues []YearlyDue
	before := false
	for {
		switch {
		case sc.word("truoc"):
			before = true
		case sc.word("cham", "nhat"):
			before = false
		}
		sc.word("ngay")
		day, month, year, ok := sc.dayMonth()
		switch {
		case !ok:
			return Schedule{}, "want a day such as \"trước ngày 5/3 (báo cáo quý I)\", " + sc.unexpected()
		case year != 0:
			return Schedule{}, "a day of a yearly schedule has no year"
		case !sc.mark("("):
			return Schedule{}, "want the report in brackets after the day, such as \"(báo cáo quý I)\""
		}
		sc.word("bao", "cao")
		d, ok := sc.reportLabel()
		if !ok || !sc.mark(")") {
			return Schedule{}, "want the report's period, such as \"(báo cáo quý I)\", " + sc.unexpected()
		}
		d.Month, d.Day, d.Before = time.Month(month), day, before
		dues = append(dues, d)
		if !sc.mark(",") && !sc.mark(";") && !sc.word("va") {
			break
		}
	}
	return newYearly(dues)
}

// reportLabel reads what a report covers: "quý I", "6 tháng", "6 tháng
// cuối năm", "tháng 3", "năm".
func (sc *scanner) reportLabel() (YearlyDue, bool) {
	if sc.word("quy") {
		q, ok := sc.quarterNumber()
		return YearlyDue{Period: PeriodQuarter, Index: q}, ok
	}
	if h := sc.half(); h != 0 {
		sc.word("nam")
		return YearlyDue{Period: PeriodHalf, Index: h}, true
	}
	start := sc.pos
	if n, ok := sc.number(2); ok && n == 6 && sc.word("thang") {
		return YearlyDue{Period: PeriodHalf, Index: 1}, true
	}
	sc.pos = start
	if sc.word("thang") {
		m, ok := sc.number(2)
		return YearlyDue{Period: PeriodMonth, Index: m}, ok
	}
	if sc.word("nam") || sc.word("ca", "nam") {
		return YearlyDue{Period: PeriodYear}, true
	}
	return YearlyDue{}, false
}
