package calendar

import "github.com/openpar/cchc/internal/enum"

// HolidayKind says why a day is off work, or that a weekend day is worked.
type HolidayKind uint8

// The kinds of day a holiday listing holds.
const (
	HolidayUnspecified  HolidayKind = iota
	HolidayStatutory                // ngày nghỉ lễ, tết: a public holiday of the Labour Code
	HolidayCompensatory             // ngày nghỉ bù: a holiday fell on a weekend
	HolidaySwapped                  // ngày nghỉ do hoán đổi ngày làm việc: a working day moved to a Saturday
	HolidayMakeUp                   // ngày làm bù: the Saturday worked in exchange
)

var holidayKinds = enum.Table[HolidayKind]{
	Pkg:        "calendar",
	Type:       "HolidayKind",
	Codes:      []string{"unspecified", "statutory", "compensatory", "swapped", "make-up"},
	Vietnamese: []string{"", "nghỉ lễ, tết", "nghỉ bù", "nghỉ do hoán đổi ngày làm việc", "làm bù"},
	Unknown:    func(w string) error { return &ParseError{What: "holiday kind", Input: w, Reason: "unknown kind"} },
}

// String returns the kind's English code word ("make-up").
func (k HolidayKind) String() string { return holidayKinds.String(k) }

// Vietnamese returns the kind as official notices name it ("nghỉ bù"), or ""
// for the unspecified kind and unknown values.
func (k HolidayKind) Vietnamese() string { return holidayKinds.Viet(k) }

// IsDayOff reports whether a day of this kind is not worked. Only a make-up
// day is a working day; the unspecified kind is neither.
func (k HolidayKind) IsDayOff() bool {
	return k == HolidayStatutory || k == HolidayCompensatory || k == HolidaySwapped
}

// ParseHolidayKind reads a kind from its code word ("swapped") or its
// Vietnamese name ("nghỉ bù").
func ParseHolidayKind(s string) (HolidayKind, error) { return holidayKinds.Parse(s) }

// MarshalText encodes the kind as its code word.
func (k HolidayKind) MarshalText() ([]byte, error) { return holidayKinds.Marshal(k) }

// UnmarshalText decodes anything ParseHolidayKind accepts.
func (k *HolidayKind) UnmarshalText(b []byte) error { return holidayKinds.Unmarshal(k, b) }

// Holiday is one day in a working calendar that is not an ordinary weekday or
// weekend day: a public holiday, a compensatory or swapped day off, or a
// Saturday worked in exchange (Kind says which). Holidays are comparable with
// ==.
type Holiday struct {
	Date        Date
	Name        string      // the occasion in Vietnamese: "Tết Nguyên đán"
	EnglishName string      // the occasion in English: "Lunar New Year (Tết)"
	Kind        HolidayKind // why the day is off, or that it is worked
	Source      string      // the legal source: an article of the Labour Code or the announcing document
}

// IsDayOff reports whether the holiday is a day off (every kind but make-up).
func (h Holiday) IsDayOff() bool { return h.Kind.IsDayOff() }

// String returns the holiday as "2025-01-27 Tết Nguyên đán (statutory)".
func (h Holiday) String() string {
	return h.Date.String() + " " + h.Name + " (" + h.Kind.String() + ")"
}

// occasion is a public holiday of the Labour Code: the thing a day off or a
// make-up day is for.
type occasion uint8

const (
	occasionNone occasion = iota
	occasionNewYear
	occasionTet
	occasionHungKings
	occasionReunification
	occasionLabour
	occasionNationalDay
)

// occasions names each occasion: its code word in the data file, and the
// Vietnamese and English names a Holiday carries.
var occasions = [...]struct{ code, vi, en string }{
	occasionNone:          {"", "", ""},
	occasionNewYear:       {"new-year", "Tết Dương lịch", "New Year's Day"},
	occasionTet:           {"tet", "Tết Nguyên đán", "Lunar New Year (Tết)"},
	occasionHungKings:     {"hung-kings", "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"},
	occasionReunification: {"reunification", "Ngày Chiến thắng", "Reunification Day"},
	occasionLabour:        {"labour", "Ngày Quốc tế Lao động", "International Labour Day"},
	occasionNationalDay:   {"national-day", "Quốc khánh", "National Day"},
}

// UnmarshalText reads an occasion's code word, for the data file.
func (o *occasion) UnmarshalText(b []byte) error {
	for i, names := range occasions {
		if string(b) == names.code && i != int(occasionNone) {
			*o = occasion(i)
			return nil
		}
	}
	return &ParseError{What: "occasion", Input: string(b), Reason: "unknown occasion"}
}

// holiday builds the Holiday for day d of occasion o.
func (o occasion) holiday(d Date, kind HolidayKind, source string) Holiday {
	return Holiday{Date: d, Name: occasions[o].vi, EnglishName: occasions[o].en, Kind: kind, Source: source}
}
