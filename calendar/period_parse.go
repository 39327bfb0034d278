package calendar

import (
	"fmt"
	"time"
)

// Years the parsers accept: four digits, as plans write them.
const (
	minTextYear = 1000
	maxTextYear = 9999
)

// reasonNoYear is the reason given for a phrase that omits its year when
// none was supplied.
const reasonNoYear = "no year: the phrase omits it and none was given"

// ParsePeriod reads a period as the plans write it: "Quý III/2017",
// "quý 3 năm 2017", "Quý I, II/2018" (the first half year), "6 tháng đầu năm
// 2018", "6 tháng cuối năm 2018", "Tháng 8/2017", "tháng 8 năm 2017", "Trong
// tháng 8/2013", "Năm 2017", "Trong năm 2018", "Năm 2017-2018", "giai đoạn
// 2011-2015", "Tuần 31/2017" (an ISO week), "Từ 15/12/2017 đến 14/06/2018";
// and every form Period.String prints. Case, spacing, NFC or NFD, diacritics
// and the kind of dash do not matter. Errors are *ParseError.
func ParsePeriod(s string) (Period, error) { return ParsePeriodIn(s, 0) }

// ParsePeriodIn is ParsePeriod for text that may omit its year, as a plan
// does where its own year is implied ("Quý III", "6 tháng đầu năm", "Trong
// năm"): year fills it. A year written in s wins. Year 0 means no year is
// known, as in ParsePeriod.
func ParsePeriodIn(s string, year int) (Period, error) {
	fail := func(reason string) (Period, error) {
		return Period{}, &ParseError{What: "period", Input: s, Reason: reason}
	}
	if year != 0 && (year < minTextYear || year > maxTextYear) {
		return fail(fmt.Sprintf("year %d out of range %d-%d", year, minTextYear, maxTextYear))
	}
	sc := newScanner(s)
	if sc.done() {
		return fail("empty")
	}
	p, reason := sc.period(year)
	if reason == "" && !sc.done() {
		reason = sc.unexpected()
	}
	if reason != "" {
		return fail(reason)
	}
	return p, nil
}

// MarshalText encodes p as String does; the zero Period encodes as empty text.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes any text ParsePeriod reads; empty text is the zero
// Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// period reads one period; defYear (0 if unknown) stands in for an omitted
// year. It returns a reason when the text is not a period.
func (sc *scanner) period(defYear int) (Period, string) {
	sc.word("trong")
	switch {
	case sc.word("quy"):
		return sc.quarters(defYear)
	case sc.word("thang"):
		m, ok := sc.number(2)
		if !ok || m < 1 || m > 12 {
			return Period{}, "want a month from 1 to 12"
		}
		y, reason := sc.yearSuffix(defYear)
		return MonthPeriod(y, time.Month(m)), reason
	case sc.word("tuan"):
		return sc.week(defYear)
	case sc.word("giai", "doan"):
		first, ok := sc.year()
		if !ok {
			return Period{}, "want a span of years such as 2011-2015"
		}
		return sc.lastYear(first, true)
	case sc.word("nam"):
		first, reason := sc.optionalYear(defYear)
		if reason != "" {
			return Period{}, reason
		}
		return sc.lastYear(first, false)
	case sc.word("tu"):
		return sc.span()
	}
	if h := sc.half(); h != 0 {
		if !sc.word("nam") {
			return Period{}, "want \"năm\" after \"6 tháng đầu\" or \"6 tháng cuối\""
		}
		y, reason := sc.optionalYear(defYear)
		return HalfPeriod(y, h), reason
	}
	return Period{}, "not a period: " + sc.unexpected()
}

// yearSuffix reads "/2017" or "năm 2017" after a month, quarter or week.
func (sc *scanner) yearSuffix(defYear int) (int, string) {
	if sc.mark("/") {
		if y, ok := sc.year(); ok {
			return y, ""
		}
		return 0, "want a four-digit year, " + sc.unexpected()
	}
	sc.word("nam")
	return sc.optionalYear(defYear)
}

// optionalYear reads a four-digit year, or takes defYear at the end of the
// text.
func (sc *scanner) optionalYear(defYear int) (int, string) {
	if y, ok := sc.year(); ok {
		return y, ""
	}
	switch {
	case !sc.done():
		return 0, "want a four-digit year, " + sc.unexpected()
	case defYear == 0:
		return 0, reasonNoYear
	}
	return defYear, ""
}

// lastYear reads the end of a span of years that starts with first. The span
// is required after "giai đoạn" and optional after "năm".
func (sc *scanner) lastYear(first int, required bool) (Period, string) {
	if !sc.mark("-") {
		if required {
			return Period{}, "want a span of years such as 2011-2015"
		}
		return YearPeriod(first), ""
	}
	last, ok := sc.year()
	if !ok {
		return Period{}, "want a four-digit year after \"-\""
	}
	if last < first {
		return Period{}, fmt.Sprintf("years %d-%d in reverse order", first, last)
	}
	return YearsPeriod(first, last), ""
}

var quarterNumerals = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4}

// quarters reads "III/2017", "3 năm 2017" or a run of quarters "I, II/2018"
// after "quý". Two quarters that make a half year are that half; four are
// the year; other runs are a span.
func (sc *scanner) quarters(defYear int) (Period, string) {
	first, last := 0, 0
	for {
		q, ok := sc.quarterNumber()
		if !ok {
			return Period{}, "want a quarter I to IV"
		}
		if first != 0 && q != last+1 {
			return Period{}, "quarters must follow each other"
		}
		if first == 0 {
			first = q
		}
		last = q
		if !sc.mark(",") && !sc.mark("-") && !sc.word("va") {
			break
		}
	}
	y, reason := sc.yearSuffix(defYear)
	switch {
	case reason != "":
		return Period{}, reason
	case first == last:
		return QuarterPeriod(y, first), ""
	case first == 1 && last == 4:
		return YearPeriod(y), ""
	case last-first == 1 && first%2 == 1:
		return HalfPeriod(y, (first+1)/2), ""
	}
	return SpanPeriod(QuarterPeriod(y, first).Start(), QuarterPeriod(y, last).End()), ""
}

// quarterNumber reads a quarter as a Roman numeral (I to IV) or a digit.
func (sc *scanner) quarterNumber() (int, bool) {
	t := sc.peek()
	q, ok := quarterNumerals[t.text]
	if t.kind == tokNumber && len(t.text) == 1 {
		q, ok = int(t.text[0]-'0'), t.text >= "1" && t.text <= "4"
	}
	if ok && t.kind != tokMark {
		sc.pos++
	}
	return q, ok
}

// week reads "31/2017" after "tuần": an ISO 8601 week, as String prints it.
func (sc *scanner) week(defYear int) (Period, string) {
	w, ok := sc.number(2)
	if !ok || w < 1 || w > 53 {
		return Period{}, "want a week from 1 to 53"
	}
	y, reason := sc.yearSuffix(defYear)
	if reason != "" {
		return Period{}, reason
	}
	// Week 1 is the week that holds 4 January.
	p := WeekPeriod(NewDate(y, 1, 4).AddDays(7 * (w - 1)))
	if iy, iw := p.start.Time().ISOWeek(); iy != y || iw != w {
		return Period{}, fmt.Sprintf("%d has no week %d", y, w)
	}
	return p, ""
}

// span reads "15/12/2017 đến 14/06/2018" after "từ".
func (sc *scanner) span() (Period, string) {
	sc.word("ngay")
	start, reason := sc.fullDate()
	if reason != "" {
		return Period{}, reason
	}
	if !sc.word("den") {
		return Period{}, "want \"đến\" and the last day"
	}
	sc.word("ngay")
	end, reason := sc.fullDate()
	if reason != "" {
		return Period{}, reason
	}
	if end.Before(start) {
		return Period{}, "last day before first day"
	}
	return SpanPeriod(start, end), ""
}

// half reads "6 tháng đầu" (1) or "6 tháng cuối" (2); it consumes nothing
// and returns 0 unless the text starts so.
func (sc *scanner) half() int {
	start := sc.pos
	if n, ok := sc.number(2); ok && n == 6 && sc.word("thang") {
		switch {
		case sc.word("dau"):
			return 1
		case sc.word("cuoi"):
			return 2
		}
	}
	sc.pos = start
	return 0
}

// fullDate reads a day with its year: "15/12/2017", "15-12-2017", "15.12.2017".
func (sc *scanner) fullDate() (Date, string) {
	day, month, year, ok := sc.dayMonth()
	if !ok || year == 0 {
		return Date{}, "want a date such as 15/12/2017"
	}
	return makeDate(year, month, day)
}

// dayMonth reads "5/3" or "5/3/2018", with '/', '-' or '.' between the
// parts; year is 0 where the text omits it. It consumes nothing unless it
// finds at least a day and a month.
func (sc *scanner) dayMonth() (day, month, year int, ok bool) {
	start := sc.pos
	day, ok1 := sc.number(2)
	sep := sc.peek()
	if !ok1 || sep.kind != tokMark || (sep.text != "/" && sep.text != "-" && sep.text != ".") {
		sc.pos = start
		return 0, 0, 0, false
	}
	sc.pos++
	month, ok2 := sc.number(2)
	if !ok2 {
		sc.pos = start
		return 0, 0, 0, false
	}
	if sc.mark(sep.text) {
		if year, ok = sc.year(); !ok {
			sc.pos = start
			return 0, 0, 0, false
		}
	}
	return day, month, year, true
}

// makeDate builds a date after checking that it exists.
func makeDate(year, month, day int) (Date, string) {
	if year < minTextYear || year > maxTextYear {
		return Date{}, fmt.Sprintf("year %d out of range %d-%d", year, minTextYear, maxTextYear)
	}
	if month < 1 || month > 12 {
		return Date{}, fmt.Sprintf("month %d out of range", month)
	}
	if day < 1 || day > daysIn(year, time.Month(month)) {
		return Date{}, fmt.Sprintf("day %d out of range for %s %d", day, time.Month(month), year)
	}
	return NewDate(year, time.Month(month), day), ""
}
