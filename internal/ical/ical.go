package ical

import (
	"fmt"
	"io"
	"strings"
	"time"
)

const (
	// DefaultProdID is the PRODID written when Calendar.ProdID is empty.
	DefaultProdID = "-//openpar//cchc//VI"

	// TZID names the zone of local times: Vietnam, UTC+7 without daylight
	// saving since 1975.
	TZID = "Asia/Ho_Chi_Minh"
)

// ict is Vietnam's civil time zone; local times are written in it.
var ict = time.FixedZone("ICT", 7*3600)

// vtimezone defines TZID for applications without a zone database. One
// STANDARD observance with equal offsets says "always UTC+7".
const vtimezone = "BEGIN:VTIMEZONE\r\n" +
	"TZID:" + TZID + "\r\n" +
	"BEGIN:STANDARD\r\n" +
	"DTSTART:19700101T000000\r\n" +
	"TZOFFSETFROM:+0700\r\n" +
	"TZOFFSETTO:+0700\r\n" +
	"TZNAME:ICT\r\n" +
	"END:STANDARD\r\n" +
	"END:VTIMEZONE\r\n"

const (
	utcLayout   = "20060102T150405Z"
	localLayout = "20060102T150405"
)

// Date is a day for all-day values, written as VALUE=DATE. The zero Date is
// unset. calendar.Date converts with its Date method:
// y, m, d := day.Date(); ical.Date{Year: y, Month: m, Day: d}.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether d is the zero, unset Date.
func (d Date) IsZero() bool { return d == Date{} }

// String returns d as "2017-12-31", the form used in error messages.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// valid reports whether d is a real day in a year iCalendar can write.
func (d Date) valid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (d Date) at(hour, min, sec int, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, hour, min, sec, 0, loc)
}

// format returns d as an RFC 5545 DATE, "20171231".
func (d Date) format() string { return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day) }

// next returns the day after d.
func (d Date) next() Date {
	y, m, dd := d.at(0, 0, 0, time.UTC).AddDate(0, 0, 1).Date()
	return Date{y, m, dd}
}

// Todo is a to-do (VTODO): a deadline. Set at most one of Start and
// StartDate, and of Due and DueDate; when both a start and a due are set they
// must both be timed or both be dates, and the due must not come first.
type Todo struct {
	UID         string // required; see the UID function
	Summary     string
	Description string
	Start       time.Time // DTSTART, timed; the zero time means none
	StartDate   Date      // DTSTART, all day
	Due         time.Time // DUE, timed
	DueDate     Date      // DUE, all day
	Status      Status    // NeedsAction, Completed, InProcess or Cancelled
	Categories  []string
	URL         string
	RRule       RRule      // needs a start
	Extra       []Property // further properties, written last
}

// Event is an event (VEVENT): a report due time, a meeting. It needs a start:
// Start or StartDate.
//
// A timed event ends at End, or after Duration, or, with neither, is an
// instant. An all-day event lasts from StartDate to EndDate, both included;
// a zero EndDate means the one day StartDate. (RFC 5545 counts an all-day
// DTEND exclusively, so DTEND is written as the day after EndDate.)
type Event struct {
	UID         string // required; see the UID function
	Summary     string
	Description string
	Start       time.Time // DTSTART, timed
	StartDate   Date      // DTSTART, all day
	End         time.Time // DTEND, timed
	EndDate     Date      // last day, included, of an all-day event
	Duration    time.Duration
	Status      Status // Tentative, Confirmed or Cancelled
	Categories  []string
	URL         string
	RRule       RRule
	Extra       []Property
}

// Calendar is an iCalendar object (VCALENDAR, METHOD:PUBLISH). The zero
// Calendar is empty and ready; set Stamp before writing. Adding components
// changes the Calendar, so it needs the caller's lock when goroutines share
// it; WriteTo only reads it.
type Calendar struct {
	ProdID string // PRODID; DefaultProdID when empty
	Name   string // NAME and X-WR-CALNAME, the name applications show; none when empty

	// Stamp is when the calendar was made, written in UTC as the DTSTAMP of
	// every component. The caller supplies it so that output is
	// reproducible. Required.
	Stamp time.Time

	comps  []component
	usesTZ bool // a value was written with TZID, so VTIMEZONE is needed
}

// component is a rendered VTODO or VEVENT without its BEGIN, DTSTAMP and END
// lines, which WriteTo adds.
type component struct {
	kind string
	body []byte
}

// AddTodo adds t after the components added before, or returns an *Error
// that says which value cannot be written; then the calendar is unchanged.
func (c *Calendar) AddTodo(t Todo) error {
	b := builder{kind: "VTODO", uid: t.UID}
	b.head(t.UID, t.Summary, t.Description)
	start := b.moment("DTSTART", t.Start, t.StartDate)
	due := b.moment("DUE", t.Due, t.DueDate)
	b.order(start, due, "DUE")
	b.write("DTSTART", start)
	b.write("DUE", due)
	switch t.Status {
	case 0, NeedsAction, Completed, InProcess, Cancelled:
	default:
		b.fail("STATUS", t.Status.String(), "not a to-do status")
	}
	b.tail(t.Status, t.Categories, t.URL, t.RRule, start, t.Extra)
	return c.add(&b)
}

// AddEvent adds e after the components added before, or returns an *Error
// that says which value cannot be written; then the calendar is unchanged.
func (c *Calendar) AddEvent(e Event) error {
	b := builder{kind: "VEVENT", uid: e.UID}
	b.head(e.UID, e.Summary, e.Description)
	start := b.moment("DTSTART", e.Start, e.StartDate)
	end := b.moment("DTEND", e.End, e.EndDate)
	switch {
	case !start.isSet():
		b.fail("DTSTART", "", "an event needs a start")
	case e.Duration < 0:
		b.fail("DURATION", e.Duration.String(), "negative")
	case e.Duration > 0 && end.isSet():
		b.fail("DURATION", e.Duration.String(), "both DTEND and DURATION")
	case e.Duration > 0 && start.isDate():
		b.fail("DURATION", e.Duration.String(), "an all-day event ends with EndDate")
	case start.isDate() && !end.isSet():
		end = start
	}
	b.order(start, end, "DTEND")
	b.write("DTSTART", start)
	if end.isDate() {
		if last := end.d; last.Year == 9999 && last.Month == time.December && last.Day == 31 {
			b.fail("DTEND", last.String(), "the day after is beyond year 9999")
		}
		end.d = end.d.next()
	}
	b.write("DTEND", end)
	if e.Duration > 0 {
		b.prop("DURATION", formatDuration(e.Duration))
	}
	switch e.Status {
	case 0, Tentative, Confirmed, Cancelled:
	default:
		b.fail("STATUS", e.Status.String(), "not an event status")
	}
	b.tail(e.Status, e.Categories, e.URL, e.RRule, start, e.Extra)
	return c.add(&b)
}

func (c *Calendar) add(b *builder) error {
	if b.err != nil {
		return b.err
	}
	c.comps = append(c.comps, component{kind: b.kind, body: b.w.out})
	c.usesTZ = c.usesTZ || b.usesTZ
	return nil
}

// WriteTo writes the calendar to w. It fails, writing nothing, when Stamp is
// zero or ProdID or Name cannot be written.
func (c *Calendar) WriteTo(w io.Writer) (int64, error) {
	b := builder{kind: "VCALENDAR"}
	size := 512 + len(vtimezone)
	for _, comp := range c.comps {
		size += len(comp.body) + 64
	}
	b.w.out = make([]byte, 0, size)
	if c.Stamp.IsZero() {
		b.fail("DTSTAMP", "", "the calendar has no Stamp")
	}
	stamp := c.Stamp.UTC()
	if y := stamp.Year(); y < 1 || y > 9999 {
		b.fail("DTSTAMP", c.Stamp.String(), "year out of range")
	}
	prodID := c.ProdID
	if prodID == "" {
		prodID = DefaultProdID
	}
	b.prop("BEGIN", "VCALENDAR")
	b.prop("VERSION", "2.0")
	b.text("PRODID", prodID)
	b.prop("CALSCALE", "GREGORIAN")
	b.prop("METHOD", "PUBLISH")
	b.text("NAME", c.Name)
	b.text("X-WR-CALNAME", c.Name)
	if c.usesTZ {
		b.w.out = append(b.w.out, vtimezone...)
	}
	dtstamp := stamp.Format(utcLayout)
	for _, comp := range c.comps {
		b.prop("BEGIN", comp.kind)
		b.prop("DTSTAMP", dtstamp)
		b.w.out = append(b.w.out, comp.body...)
		b.prop("END", comp.kind)
	}
	b.prop("END", "VCALENDAR")
	if b.err != nil {
		return 0, b.err
	}
	n, err := w.Write(b.w.out)
	if err != nil {
		err = fmt.Errorf("ical: %w", err)
	}
	return int64(n), err
}

// moment is a DTSTART, DUE or DTEND value: timed, a date, or unset.
type moment struct {
	t time.Time
	d Date
}

func (m moment) isSet() bool  { return !m.t.IsZero() || !m.d.IsZero() }
func (m moment) isDate() bool { return !m.d.IsZero() }

// builder renders the properties of one component and keeps the first
// error.
type builder struct {
	kind, uid string
	w         lineWriter
	usesTZ    bool
	err       error
}

func (b *builder) fail(prop, value, reason string) {
	if b.err == nil {
		b.err = &Error{Component: b.kind, UID: b.uid, Property: prop, Value: value, Reason: reason}
	}
}

func (b *builder) prop(name, value string, params ...Param) {
	if b.err != nil {
		return
	}
	if err := b.w.property(name, value, params...); err != nil {
		err.Component, err.UID = b.kind, b.uid
		b.err = err
	}
}

// text writes a TEXT property, or nothing when s is empty.
func (b *builder) text(name, s string) {
	if s != "" {
		b.prop(name, EscapeText(s))
	}
}

func (b *builder) head(uid, summary, description string) {
	if uid == "" {
		b.fail("UID", "", "missing")
	}
	b.text("UID", uid)
	b.text("SUMMARY", summary)
	b.text("DESCRIPTION", description)
}

func (b *builder) tail(status Status, categories []string, url string, rule RRule, start moment, extra []Property) {
	if status != 0 {
		b.prop("STATUS", status.String())
	}
	if len(categories) > 0 {
		var list []byte
		for i, cat := range categories {
			if cat == "" {
				b.fail("CATEGORIES", "", "empty category")
			}
			if i > 0 {
				list = append(list, ',')
			}
			list = appendText(list, cat)
		}
		b.prop("CATEGORIES", string(list))
	}
	if url != "" {
		b.prop("URL", url)
	}
	if !rule.isZero() {
		v, problem := rule.appendValue(nil, start)
		if problem != "" {
			b.fail("RRULE", "", problem)
		}
		b.prop("RRULE", string(v))
	}
	for _, p := range extra {
		if reserved(p.Name) {
			b.fail(p.Name, "", "written from a field, not from Extra")
		}
		b.prop(p.Name, p.Value, p.Params...)
	}
}

// reserved reports whether name is a property the package writes itself, so
// that Extra cannot duplicate it or break the component's structure.
func reserved(name string) bool {
	switch strings.ToUpper(name) {
	case "BEGIN", "END", "UID", "DTSTAMP", "SUMMARY", "DESCRIPTION", "DTSTART", "DUE",
		"DTEND", "DURATION", "STATUS", "CATEGORIES", "URL", "RRULE":
		return true
	}
	return false
}

// moment checks one of a component's times: a time or a date, not both,
// each one writable.
func (b *builder) moment(name string, t time.Time, d Date) moment {
	switch {
	case !t.IsZero() && !d.IsZero():
		b.fail(name, "", "both a time and a date")
	case !d.IsZero() && !d.valid():
		b.fail(name, d.String(), "invalid date")
	case !t.IsZero():
		if y := inZone(t).Year(); y < 1 || y > 9999 {
			b.fail(name, t.String(), "year out of range")
		}
	}
	return moment{t: t, d: d}
}

// order checks that end, named name, is of start's kind and not before it.
func (b *builder) order(start, end moment, name string) {
	switch {
	case !start.isSet() || !end.isSet():
	case start.isDate() != end.isDate():
		b.fail(name, "", "one of DTSTART and "+name+" is a date and the other a time")
	case start.isDate() && end.d.at(0, 0, 0, time.UTC).Before(start.d.at(0, 0, 0, time.UTC)):
		b.fail(name, end.d.String(), "before DTSTART "+start.d.String())
	case !start.isDate() && end.t.Truncate(time.Second).Before(start.t.Truncate(time.Second)):
		b.fail(name, end.t.String(), "before DTSTART "+start.t.String())
	}
}

// write writes m as the property name, or nothing when m is unset.
func (b *builder) write(name string, m moment) {
	switch {
	case m.isDate():
		b.prop(name, m.d.format(), Param{Name: "VALUE", Value: "DATE"})
	case m.t.IsZero():
	case m.t.Location() == time.UTC:
		b.prop(name, m.t.Format(utcLayout))
	default:
		b.usesTZ = true
		b.prop(name, m.t.In(ict).Format(localLayout), Param{Name: "TZID", Value: TZID})
	}
}

// inZone returns t as it will be written: in UTC, or in Vietnam.
func inZone(t time.Time) time.Time {
	if t.Location() == time.UTC {
		return t
	}
	return t.In(ict)
}

// formatDuration writes d (positive) as an RFC 5545 DURATION, "P1DT2H30M".
// Days are exact 24 hours, which they are in Vietnam.
func formatDuration(d time.Duration) string {
	s := int64(d / time.Second)
	days, h, m := s/86400, s%86400/3600, s%3600/60
	s %= 60
	out := "P"
	if days > 0 {
		out += fmt.Sprintf("%dD", days)
	}
	if h > 0 || m > 0 || s > 0 || days == 0 {
		out += "T"
		if h > 0 {
			out += fmt.Sprintf("%dH", h)
		}
		if m > 0 {
			out += fmt.Sprintf("%dM", m)
		}
		if s > 0 || h == 0 && m == 0 {
			out += fmt.Sprintf("%dS", s)
		}
	}
	return out
}
