package calendar

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"time"
)

// The years whose holidays a Calendar knows. State agencies have kept a
// Monday-to-Friday week since October 1999 (Quyết định 188/1999/QĐ-TTg), so
// 2000 is the first full year the rules below describe; the last is the last
// year of the lunar calendar, which places Tết and Giỗ Tổ Hùng Vương.
const (
	FirstHolidayYear = 2000
	LastHolidayYear  = MaxLunarYear
)

// law is the list of public holidays of the Labour Code in force from a day.
type law struct {
	from         Date
	source       string // the article listing the holidays
	restSource   string // the article giving a compensatory day off
	tetDays      int    // days off for Tết Nguyên đán
	tetBefore    int    // of which before mùng 1, when no announcement says otherwise
	tetChosen    bool   // the Government picks the Tết days each year
	nationalDays int    // 1: 2/9 alone; 2: 2/9 and a day next to it
	hungKings    bool   // Giỗ Tổ Hùng Vương (10/3 lunar) is a holiday
}

// laws is ordered by the day each version took effect.
var laws = [...]law{
	{
		from:   NewDate(1995, time.January, 1),
		source: "Bộ luật Lao động 1994, Điều 73", restSource: "Bộ luật Lao động 1994, Điều 73",
		tetDays: 4, tetBefore: 1, nationalDays: 1,
	},
	{
		// Luật 84/2007/QH11 added Giỗ Tổ Hùng Vương, in force on promulgation.
		from:   NewDate(2007, time.April, 2),
		source: "Bộ luật Lao động 1994, Điều 73 (sửa đổi theo Luật 84/2007/QH11)", restSource: "Bộ luật Lao động 1994, Điều 73 (sửa đổi theo Luật 84/2007/QH11)",
		tetDays: 4, tetBefore: 1, nationalDays: 1, hungKings: true,
	},
	{
		// Nghị định 45/2013/NĐ-CP, Điều 8: one day before mùng 1 and four
		// after, or two and three; the first is the fallback.
		from:   NewDate(2013, time.May, 1),
		source: "Bộ luật Lao động 2012, Điều 115", restSource: "Bộ luật Lao động 2012, khoản 3 Điều 115",
		tetDays: 5, tetBefore: 1, tetChosen: true, nationalDays: 1, hungKings: true,
	},
	{
		from:   NewDate(2021, time.January, 1),
		source: "Bộ luật Lao động 2019, Điều 112", restSource: "Bộ luật Lao động 2019, khoản 3 Điều 111",
		tetDays: 5, tetBefore: 1, tetChosen: true, nationalDays: 2, hungKings: true,
	},
}

// lawOn returns the law in force on d, or the oldest one for earlier days.
func lawOn(d Date) law {
	for i := len(laws) - 1; i > 0; i-- {
		if !d.Before(laws[i].from) {
			return laws[i]
		}
	}
	return laws[0]
}

// predicted marks a day the Government has not announced: the rule's guess.
const predicted = " (dự kiến, chưa có thông báo)"

// nationalDayNext is the side of 2/9 the second Quốc khánh day falls on when no
// announcement fixes it, by the weekday of 2/9. The choice joins the holiday
// to a weekend and matches every announcement from 2021 to 2026.
var nationalDayNext = [7]int{
	time.Sunday:    +1,
	time.Monday:    +1,
	time.Tuesday:   -1,
	time.Wednesday: -1,
	time.Thursday:  +1,
	time.Friday:    -1,
	time.Saturday:  -1,
}

// holidayData is the table of announced arrangements: the Tết days and the
// day next to Quốc khánh the Government chose, and the working days it swapped
// for Saturdays, each with the document that announced it.
//
//go:embed data/holidays.json
var holidayData []byte

type holidayFile struct {
	Version       string         `json:"version"`
	About         string         `json:"about"`
	Announcements []announcement `json:"announcements"`
}

// announcement is one document's arrangements for the holidays of Year.
type announcement struct {
	Year   int            `json:"year"`
	Source string         `json:"source"`
	Days   []announcedDay `json:"days"`
}

type announcedDay struct {
	Date     Date        `json:"date"`
	Kind     HolidayKind `json:"kind"`
	Occasion occasion    `json:"occasion"`
}

// parseHolidayData reads and checks the announcement table.
func parseHolidayData(b []byte) (holidayFile, error) {
	var f holidayFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return f, fmt.Errorf("calendar: holiday data: %w", err)
	}
	if f.Version == "" {
		return f, fmt.Errorf("calendar: holiday data: no version")
	}
	for _, a := range f.Announcements {
		if err := a.check(); err != nil {
			return f, fmt.Errorf("calendar: holiday data: %d %q: %w", a.Year, a.Source, err)
		}
	}
	return f, nil
}

func (a announcement) check() error {
	if a.Year < FirstHolidayYear || a.Year > LastHolidayYear {
		return &RangeError{What: "holiday announcement", Year: a.Year, Min: FirstHolidayYear, Max: LastHolidayYear}
	}
	if a.Source == "" || len(a.Days) == 0 {
		return fmt.Errorf("want a source and at least one day")
	}
	for _, d := range a.Days {
		// Swaps for New Year's Day may fall in the last days of the year before.
		if d.Date.IsZero() || d.Date.Year() < a.Year-1 || d.Date.Year() > a.Year {
			return fmt.Errorf("day %q outside the year", d.Date)
		}
		if d.Occasion == occasionNone {
			return fmt.Errorf("day %s: no occasion", d.Date)
		}
		weekend := isWeekend(d.Date)
		switch {
		case d.Kind == HolidayStatutory && d.Occasion != occasionTet && d.Occasion != occasionNationalDay:
			return fmt.Errorf("day %s: only the Tết and Quốc khánh days are chosen by announcement", d.Date)
		case d.Kind == HolidaySwapped && weekend:
			return fmt.Errorf("day %s: a swapped day off must be a weekday", d.Date)
		case d.Kind == HolidayMakeUp && !weekend:
			return fmt.Errorf("day %s: a make-up day must be a weekend day", d.Date)
		case d.Kind != HolidayStatutory && d.Kind != HolidaySwapped && d.Kind != HolidayMakeUp:
			return fmt.Errorf("day %s: kind %s cannot be announced", d.Date, d.Kind)
		}
	}
	return nil
}

func isWeekend(d Date) bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// choice keys the announced statutory days of one occasion in one year.
type choice struct {
	year int
	occ  occasion
}

// vietnamHolidays computes every holiday from FirstHolidayYear to
// LastHolidayYear: the statutory days of the law in force, with the announced
// choices where there are some, the compensatory days, and the announced
// swaps. It returns them in date order with the announced years.
func vietnamHolidays(f holidayFile) ([]Holiday, map[int]bool, error) {
	chosen := map[choice][]Holiday{}
	announced := map[int]bool{}
	var swaps []Holiday
	for _, a := range f.Announcements {
		announced[a.Year] = true
		for _, d := range a.Days {
			h := d.Occasion.holiday(d.Date, d.Kind, a.Source)
			if d.Kind == HolidayStatutory {
				key := choice{a.Year, d.Occasion}
				chosen[key] = append(chosen[key], h)
			} else {
				swaps = append(swaps, h)
			}
		}
	}
	for key, hs := range chosen {
		if err := checkChosen(key, hs); err != nil {
			return nil, nil, fmt.Errorf("calendar: holiday data: %d %s: %w", key.year, occasions[key.occ].code, err)
		}
	}
	var days []Holiday
	for y := FirstHolidayYear; y <= LastHolidayYear; y++ {
		hs, err := statutoryHolidays(y, chosen)
		if err != nil {
			return nil, nil, err
		}
		days = append(days, hs...)
	}
	sortHolidays(days)

	off := make(map[Date]bool, len(days)+len(swaps))
	for _, h := range days {
		off[h.Date] = true
	}
	for _, h := range swaps {
		if h.IsDayOff() {
			off[h.Date] = true
		}
	}
	// A holiday on a weekend gives the next weekday that is not already off;
	// going in date order places a run of such holidays (Tết) one after the
	// other.
	var rest []Holiday
	for _, h := range days {
		if !isWeekend(h.Date) {
			continue
		}
		d := h.Date.AddDays(1)
		for isWeekend(d) || off[d] {
			d = d.AddDays(1)
		}
		off[d] = true
		c := h
		c.Date, c.Kind, c.Source = d, HolidayCompensatory, lawOn(h.Date).restSource
		rest = append(rest, c)
	}
	days = append(append(days, rest...), swaps...)
	sortHolidays(days)
	return days, announced, nil
}

// checkChosen checks announced statutory days against the law: as many days
// as it gives, in one run that holds mùng 1 Tết or 2/9.
func checkChosen(key choice, hs []Holiday) error {
	var anchor Date
	var want int
	switch key.occ {
	case occasionTet:
		tet, err := Tet(key.year)
		if err != nil {
			return err
		}
		anchor, want = tet, lawOn(tet).tetDays
	case occasionNationalDay:
		anchor = NewDate(key.year, time.September, 2)
		want = lawOn(anchor).nationalDays
	}
	if len(hs) != want {
		return fmt.Errorf("%d days announced, the law gives %d", len(hs), want)
	}
	held := false
	for i, h := range hs {
		if i > 0 && h.Date != hs[i-1].Date.AddDays(1) {
			return fmt.Errorf("days %s and %s are not consecutive", hs[i-1].Date, h.Date)
		}
		held = held || h.Date == anchor
	}
	if !held {
		return fmt.Errorf("the days do not include %s", anchor)
	}
	return nil
}

// statutoryHolidays returns the public holidays of year y.
func statutoryHolidays(y int, chosen map[choice][]Holiday) ([]Holiday, error) {
	var out []Holiday
	add := func(o occasion, d Date, source string) {
		out = append(out, o.holiday(d, HolidayStatutory, source))
	}
	fixed := func(o occasion, m time.Month, day int) Date {
		d := NewDate(y, m, day)
		add(o, d, lawOn(d).source)
		return d
	}

	fixed(occasionNewYear, time.January, 1)

	tet, err := Tet(y)
	if err != nil {
		return nil, err
	}
	if hs, ok := chosen[choice{y, occasionTet}]; ok {
		out = append(out, hs...)
	} else {
		l := lawOn(tet)
		source := l.source
		if l.tetChosen {
			source += predicted
		}
		for i := -l.tetBefore; i < l.tetDays-l.tetBefore; i++ {
			add(occasionTet, tet.AddDays(i), source)
		}
	}

	hung, err := FromLunar(LunarDate{Year: y, Month: 3, Day: 10})
	if err != nil {
		return nil, err
	}
	if l := lawOn(hung); l.hungKings {
		add(occasionHungKings, hung, l.source)
	}

	fixed(occasionReunification, time.April, 30)
	fixed(occasionLabour, time.May, 1)

	if hs, ok := chosen[choice{y, occasionNationalDay}]; ok {
		out = append(out, hs...)
	} else {
		nd := fixed(occasionNationalDay, time.September, 2)
		if l := lawOn(nd); l.nationalDays == 2 {
			add(occasionNationalDay, nd.AddDays(nationalDayNext[nd.Weekday()]), l.source+predicted)
		}
	}
	return out, nil
}

// sortHolidays orders holidays by date, then kind, so listings are stable.
func sortHolidays(hs []Holiday) {
	sort.SliceStable(hs, func(i, j int) bool {
		if c := hs[i].Date.Compare(hs[j].Date); c != 0 {
			return c < 0
		}
		return hs[i].Kind < hs[j].Kind
	})
}
