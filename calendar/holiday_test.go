package calendar_test

import (
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
)

func date(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestHolidayKindText(t *testing.T) {
	tests := []struct {
		kind calendar.HolidayKind
		code string
		vi   string
	}{
		{calendar.HolidayUnspecified, "unspecified", ""},
		{calendar.HolidayStatutory, "statutory", "nghỉ lễ, tết"},
		{calendar.HolidayCompensatory, "compensatory", "nghỉ bù"},
		{calendar.HolidaySwapped, "swapped", "nghỉ do hoán đổi ngày làm việc"},
		{calendar.HolidayMakeUp, "make-up", "làm bù"},
	}
	for _, tt := range tests {
		if got := tt.kind.String(); got != tt.code {
			t.Errorf("%d.String() = %q, want %q", tt.kind, got, tt.code)
		}
		if got := tt.kind.Vietnamese(); got != tt.vi {
			t.Errorf("%v.Vietnamese() = %q, want %q", tt.kind, got, tt.vi)
		}
		for _, s := range []string{tt.code, tt.vi} {
			if s == "" {
				continue
			}
			got, err := calendar.ParseHolidayKind(s)
			if err != nil || got != tt.kind {
				t.Errorf("ParseHolidayKind(%q) = %v, %v; want %v", s, got, err, tt.kind)
			}
		}
		b, err := tt.kind.MarshalText()
		if err != nil || string(b) != tt.code {
			t.Errorf("%v.MarshalText() = %q, %v", tt.kind, b, err)
		}
	}
	if got := calendar.HolidayKind(200).String(); got != "HolidayKind(200)" {
		t.Errorf("String of an unknown kind = %q", got)
	}
	if _, err := calendar.HolidayKind(200).MarshalText(); err == nil {
		t.Error("MarshalText of an unknown kind: no error")
	}
	for _, s := range []string{"", "nghỉ", "Statutory", "holiday"} {
		_, err := calendar.ParseHolidayKind(s)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Input != s {
			t.Errorf("ParseHolidayKind(%q) error = %v, want a ParseError naming the input", s, err)
		}
	}
}

func TestHolidayKindIsDayOff(t *testing.T) {
	off := map[calendar.HolidayKind]bool{
		calendar.HolidayStatutory:    true,
		calendar.HolidayCompensatory: true,
		calendar.HolidaySwapped:      true,
	}
	for k := calendar.HolidayKind(0); k < 10; k++ {
		if got := k.IsDayOff(); got != off[k] {
			t.Errorf("%v.IsDayOff() = %v", k, got)
		}
	}
}

func TestHolidayJSON(t *testing.T) {
	h := calendar.Holiday{
		Date:        date(t, "2/9/2025"),
		Name:        "Quốc khánh",
		EnglishName: "National Day",
		Kind:        calendar.HolidayStatutory,
		Source:      "Bộ luật Lao động 2019, Điều 112",
	}
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"Kind":"statutory"`) || !strings.Contains(string(b), `"Date":"2025-09-02"`) {
		t.Errorf("JSON = %s", b)
	}
	var back calendar.Holiday
	if err := json.Unmarshal(b, &back); err != nil || back != h {
		t.Errorf("round trip = %+v, %v", back, err)
	}
	if got, want := h.String(), "2025-09-02 Quốc khánh (statutory)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func FuzzParseHolidayKind(f *testing.F) {
	for _, s := range []string{"statutory", "nghỉ bù", "make-up", "làm bù", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := calendar.ParseHolidayKind(s)
		if err != nil {
			return
		}
		again, err := calendar.ParseHolidayKind(k.String())
		if err != nil || again != k {
			t.Fatalf("%q parsed as %v, its String %q parsed as %v, %v", s, k, k.String(), again, err)
		}
	})
}

// offRuns are the holiday periods of state agencies as the announcements
// and the press reported them: every day from First to Last is off, and the
// days on either side are worked.
var offRuns = []struct {
	what        string
	first, last string
}{
	{"Tết Dương lịch 2013", "29/12/2012", "01/01/2013"},
	{"Tết Quý Tỵ 2013", "09/02/2013", "17/02/2013"},
	{"30/4 - 1/5/2013", "27/04/2013", "01/05/2013"},
	{"Tết Giáp Ngọ 2014", "28/01/2014", "05/02/2014"},
	{"30/4 - 1/5/2014", "30/04/2014", "04/05/2014"},
	{"Quốc khánh 2014", "30/08/2014", "02/09/2014"},
	{"Tết Dương lịch 2015", "01/01/2015", "04/01/2015"},
	{"Tết Ất Mùi 2015", "15/02/2015", "23/02/2015"},
	{"Giỗ Tổ, 30/4 - 1/5/2015", "28/04/2015", "03/05/2015"},
	{"Tết Bính Thân 2016", "06/02/2016", "14/02/2016"},
	{"Giỗ Tổ 2016", "16/04/2016", "18/04/2016"},
	{"30/4 - 1/5/2016", "30/04/2016", "03/05/2016"},
	{"Tết Dương lịch 2017", "31/12/2016", "02/01/2017"},
	{"Tết Đinh Dậu 2017", "26/01/2017", "01/02/2017"},
	{"30/4 - 1/5/2017", "29/04/2017", "02/05/2017"},
	{"Quốc khánh 2017", "02/09/2017", "04/09/2017"},
	{"Tết Dương lịch 2018", "30/12/2017", "01/01/2018"},
	{"Tết Mậu Tuất 2018", "14/02/2018", "20/02/2018"},
	{"Quốc khánh 2018", "01/09/2018", "03/09/2018"},
	{"Tết Dương lịch 2019", "29/12/2018", "01/01/2019"},
	{"Tết Kỷ Hợi 2019", "02/02/2019", "10/02/2019"},
	{"Giỗ Tổ 2019", "13/04/2019", "15/04/2019"},
	{"30/4 - 1/5/2019", "27/04/2019", "01/05/2019"},
	{"Tết Canh Tý 2020", "23/01/2020", "29/01/2020"},
	{"Tết Dương lịch 2021", "01/01/2021", "03/01/2021"},
	{"Tết Tân Sửu 2021", "10/02/2021", "16/02/2021"},
	{"30/4 - 1/5/2021", "30/04/2021", "03/05/2021"},
	{"Quốc khánh 2021", "02/09/2021", "05/09/2021"},
	{"Tết Nhâm Dần 2022", "29/01/2022", "06/02/2022"},
	{"Quốc khánh 2022", "01/09/2022", "04/09/2022"},
	{"Tết Dương lịch 2023", "31/12/2022", "02/01/2023"},
	{"Tết Quý Mão 2023", "20/01/2023", "26/01/2023"},
	{"Quốc khánh 2023", "01/09/2023", "04/09/2023"},
	{"Tết Giáp Thìn 2024", "08/02/2024", "14/02/2024"},
	{"30/4 - 1/5/2024", "27/04/2024", "01/05/2024"},
	{"Quốc khánh 2024", "31/08/2024", "03/09/2024"},
	{"Tết Ất Tỵ 2025", "25/01/2025", "02/02/2025"},
	{"Giỗ Tổ 2025", "05/04/2025", "07/04/2025"},
	{"30/4 - 1/5/2025", "30/04/2025", "04/05/2025"},
	{"Quốc khánh 2025", "30/08/2025", "02/09/2025"},
	{"Tết Dương lịch 2026", "01/01/2026", "04/01/2026"},
	{"Tết Bính Ngọ 2026", "14/02/2026", "22/02/2026"},
	{"Quốc khánh 2026", "29/08/2026", "02/09/2026"},
}

func TestAnnouncedHolidayPeriods(t *testing.T) {
	c := calendar.Vietnam()
	for _, run := range offRuns {
		first, last := date(t, run.first), date(t, run.last)
		for d := first; !d.After(last); d = d.AddDays(1) {
			if c.IsWorkday(d) {
				t.Errorf("%s: %s is a working day", run.what, d.Format())
			}
		}
		for _, d := range []calendar.Date{first.AddDays(-1), last.AddDays(1)} {
			if !c.IsWorkday(d) {
				t.Errorf("%s: %s, next to the holiday, is not a working day", run.what, d.Format())
			}
		}
	}
}

func TestMakeUpSaturdays(t *testing.T) {
	c := calendar.Vietnam()
	for _, s := range []string{
		"05/01/2013", "23/02/2013", "04/05/2013", "25/01/2014", "08/02/2014", "26/04/2014", "06/09/2014",
		"27/12/2014", "14/02/2015", "25/04/2015", "05/01/2019", "04/05/2019", "04/05/2024", "26/04/2025",
		"10/01/2026", "22/08/2026",
	} {
		d := date(t, s)
		h, ok := c.Holiday(d)
		if d.Weekday() != time.Saturday || !c.IsWorkday(d) || !ok || h.Kind != calendar.HolidayMakeUp {
			t.Errorf("%s (%v): working %v, recorded %v %v; want a make-up Saturday", s, d.Weekday(), c.IsWorkday(d), h, ok)
		}
	}
	// Tết 2025 had no swap: 8/2/2025 is an ordinary Saturday.
	if d := date(t, "08/02/2025"); c.IsWorkday(d) {
		t.Errorf("%s is a working day", d.Format())
	}
}

// statutoryDays returns the days of year whose holiday is named name and of
// the given kind.
func statutoryDays(t *testing.T, c *calendar.Calendar, year int, name string, kind calendar.HolidayKind) []string {
	t.Helper()
	hs, err := c.Holidays(year)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hs {
		if h.Name == name && h.Kind == kind {
			out = append(out, h.Date.Format())
		}
	}
	return out
}

func TestStatutoryDays(t *testing.T) {
	c := calendar.Vietnam()
	tests := []struct {
		year int
		name string
		kind calendar.HolidayKind
		want string
	}{
		// Four Tết days before Bộ luật Lao động 2012 took effect (1/5/2013).
		{2008, "Tết Nguyên đán", calendar.HolidayStatutory, "06/02/2008 07/02/2008 08/02/2008 09/02/2008"},
		{2013, "Tết Nguyên đán", calendar.HolidayStatutory, "09/02/2013 10/02/2013 11/02/2013 12/02/2013"},
		{2013, "Tết Nguyên đán", calendar.HolidayCompensatory, "13/02/2013 14/02/2013"},
		{2014, "Tết Nguyên đán", calendar.HolidayStatutory, "30/01/2014 31/01/2014 01/02/2014 02/02/2014 03/02/2014"},
		{2014, "Tết Nguyên đán", calendar.HolidaySwapped, "28/01/2014 29/01/2014"},
		{2025, "Tết Nguyên đán", calendar.HolidayStatutory, "27/01/2025 28/01/2025 29/01/2025 30/01/2025 31/01/2025"},
		{2026, "Tết Nguyên đán", calendar.HolidayStatutory, "16/02/2026 17/02/2026 18/02/2026 19/02/2026 20/02/2026"},
		// Giỗ Tổ Hùng Vương is a holiday from 2007.
		{2006, "Giỗ Tổ Hùng Vương", calendar.HolidayStatutory, ""},
		{2007, "Giỗ Tổ Hùng Vương", calendar.HolidayStatutory, "26/04/2007"},
		{2030, "Giỗ Tổ Hùng Vương", calendar.HolidayStatutory, "12/04/2030"},
		// Quốc khánh: one day until 2020, two from 2021.
		{2018, "Quốc khánh", calendar.HolidayStatutory, "02/09/2018"},
		{2018, "Quốc khánh", calendar.HolidayCompensatory, "03/09/2018"},
		{2020, "Quốc khánh", calendar.HolidayStatutory, "02/09/2020"},
		{2021, "Quốc khánh", calendar.HolidayStatutory, "02/09/2021 03/09/2021"},
		{2025, "Quốc khánh", calendar.HolidayStatutory, "01/09/2025 02/09/2025"},
		// Without an announcement the day next to 2/9 joins the weekend.
		{2027, "Quốc khánh", calendar.HolidayStatutory, "02/09/2027 03/09/2027"},
		{2028, "Quốc khánh", calendar.HolidayStatutory, "01/09/2028 02/09/2028"},
		{2029, "Quốc khánh", calendar.HolidayStatutory, "02/09/2029 03/09/2029"},
		{2029, "Quốc khánh", calendar.HolidayCompensatory, "04/09/2029"},
		{2023, "Tết Dương lịch", calendar.HolidayCompensatory, "02/01/2023"},
	}
	for _, tt := range tests {
		got := strings.Join(statutoryDays(t, c, tt.year, tt.name, tt.kind), " ")
		if got != tt.want {
			t.Errorf("%d %s %v: %q, want %q", tt.year, tt.name, tt.kind, got, tt.want)
		}
	}
}

func TestPredictedDaysSaySo(t *testing.T) {
	c := calendar.Vietnam()
	hs, err := c.Holidays(2027)
	if err != nil {
		t.Fatal(err)
	}
	var predicted int
	for _, h := range hs {
		if strings.Contains(h.Source, "dự kiến") {
			predicted++
			if h.Name != "Tết Nguyên đán" && h.Name != "Quốc khánh" {
				t.Errorf("%v: only the Tết and Quốc khánh days are predicted", h)
			}
		}
	}
	// Five Tết days and the day next to 2/9.
	if predicted != 6 {
		t.Errorf("2027: %d predicted days, want 6", predicted)
	}
	hs, _ = c.Holidays(2025)
	for _, h := range hs {
		if strings.Contains(h.Source, "dự kiến") {
			t.Errorf("2025 is announced, but %v is predicted", h)
		}
	}
}

func TestAnnounced(t *testing.T) {
	c := calendar.Vietnam()
	for y := calendar.FirstHolidayYear - 5; y <= calendar.LastHolidayYear+5; y++ {
		if got, want := c.Announced(y), y >= 2013 && y <= 2026; got != want {
			t.Errorf("Announced(%d) = %v, want %v", y, got, want)
		}
	}
	if c.DataVersion() == "" {
		t.Error("no data version")
	}
}

// TestDataRows checks every row of the announcement table against the
// calendar built from it, and the swaps against each other.
func TestDataRows(t *testing.T) {
	b, err := os.ReadFile("data/holidays.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Version       string
		Announcements []struct {
			Year   int
			Source string
			Days   []struct {
				Date     calendar.Date
				Kind     calendar.HolidayKind
				Occasion string
			}
		}
	}
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	c := calendar.Vietnam()
	if file.Version != c.DataVersion() {
		t.Errorf("version %q, calendar says %q", file.Version, c.DataVersion())
	}
	years := map[int]bool{}
	for _, a := range file.Announcements {
		years[a.Year] = true
		if !strings.Contains(a.Source, "ngày ") {
			t.Errorf("%d: source %q gives no date", a.Year, a.Source)
		}
		var swapped, madeUp int
		for _, d := range a.Days {
			h, ok := c.Holiday(d.Date)
			if !ok || h.Kind != d.Kind || h.Source != a.Source {
				t.Errorf("%d %s: calendar records %v (%q), want %v from %q", a.Year, d.Date, h, h.Source, d.Kind, a.Source)
			}
			if c.IsWorkday(d.Date) != (d.Kind == calendar.HolidayMakeUp) {
				t.Errorf("%d %s: %v but working day %v", a.Year, d.Date, d.Kind, c.IsWorkday(d.Date))
			}
			switch d.Kind {
			case calendar.HolidaySwapped:
				swapped++
			case calendar.HolidayMakeUp:
				madeUp++
			}
		}
		if swapped != madeUp {
			t.Errorf("%d %q: %d days swapped for %d make-up days", a.Year, a.Source, swapped, madeUp)
		}
	}
	for y := 2013; y <= 2026; y++ {
		if !years[y] {
			t.Errorf("no announcement for %d", y)
		}
	}
}

// TestHolidayListing checks each year's listing: in date order, in the year,
// each day looked up again, and the working days agreeing with the kinds.
func TestHolidayListing(t *testing.T) {
	c := calendar.Vietnam()
	for y := calendar.FirstHolidayYear; y <= calendar.LastHolidayYear; y++ {
		hs, err := c.Holidays(y)
		if err != nil {
			t.Fatal(err)
		}
		var statutory int
		for i, h := range hs {
			if h.Date.Year() != y || (i > 0 && !hs[i-1].Date.Before(h.Date)) {
				t.Fatalf("%d: %v out of order or out of the year", y, h)
			}
			if got, ok := c.Holiday(h.Date); !ok || got != h {
				t.Fatalf("Holiday(%s) = %v, %v; want %v", h.Date, got, ok, h)
			}
			if h.Name == "" || h.EnglishName == "" || h.Source == "" {
				t.Fatalf("%v: missing name or source", h)
			}
			if c.IsWorkday(h.Date) == h.IsDayOff() {
				t.Fatalf("%v: IsWorkday = %v", h, c.IsWorkday(h.Date))
			}
			if h.Kind == calendar.HolidayStatutory {
				statutory++
			}
		}
		// 1/1, four days of Tết, 30/4, 1/5, 2/9 and Giỗ Tổ from 2007; a
		// fifth Tết day from 2014 (the 2012 code took effect after Tết
		// 2013) and a second Quốc khánh day from 2021.
		want := 9
		switch {
		case y < 2007:
			want = 8
		case y >= 2021:
			want = 11
		case y >= 2014:
			want = 10
		}
		if statutory != want {
			t.Errorf("%d: %d statutory days, want %d", y, statutory, want)
		}
	}
	for _, y := range []int{calendar.FirstHolidayYear - 1, calendar.LastHolidayYear + 1, 0, -5} {
		_, err := c.Holidays(y)
		var re *calendar.RangeError
		if !errors.As(err, &re) || re.Year != y || !errors.Is(err, calendar.ErrOutOfRange) {
			t.Errorf("Holidays(%d) error = %v, want a RangeError", y, err)
		}
	}
}

func TestVietnamIsShared(t *testing.T) {
	if calendar.Vietnam() != calendar.Vietnam() {
		t.Error("Vietnam() builds a new calendar on each call")
	}
}

func TestHolidayDataChecks(t *testing.T) {
	good, err := os.ReadFile("data/holidays.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := calendar.CheckHolidayData(good); err != nil {
		t.Fatalf("the embedded table: %v", err)
	}
	wrap := func(year int, days string) string {
		return `{"version": "t", "announcements": [{"year": ` + strconv.Itoa(year) + `, "source": "Công văn ngày 1/1/2020", "days": [` + days + `]}]}`
	}
	tet := func(first string, n int) string {
		d := date(t, first)
		var s []string
		for i := 0; i < n; i++ {
			s = append(s, `{"date": "`+d.AddDays(i).String()+`", "kind": "statutory", "occasion": "tet"}`)
		}
		return strings.Join(s, ", ")
	}
	bad := map[string]string{
		"not json":            `{`,
		"unknown field":       `{"version": "t", "extra": 1, "announcements": []}`,
		"no version":          `{"announcements": []}`,
		"year out of range":   wrap(1990, `{"date": "1990-01-02", "kind": "swapped", "occasion": "new-year"}`),
		"no days":             wrap(2020, ``),
		"day of another year": wrap(2020, `{"date": "2018-01-02", "kind": "swapped", "occasion": "new-year"}`),
		"no occasion":         wrap(2020, `{"date": "2020-01-02", "kind": "swapped"}`),
		"unknown occasion":    wrap(2020, `{"date": "2020-01-02", "kind": "swapped", "occasion": "christmas"}`),
		"unknown kind":        wrap(2020, `{"date": "2020-01-02", "kind": "holiday", "occasion": "new-year"}`),
		"compensatory listed": wrap(2020, `{"date": "2020-01-02", "kind": "compensatory", "occasion": "new-year"}`),
		"chosen new year":     wrap(2020, `{"date": "2020-01-02", "kind": "statutory", "occasion": "new-year"}`),
		"swapped saturday":    wrap(2020, `{"date": "2020-01-04", "kind": "swapped", "occasion": "new-year"}`),
		"make-up weekday":     wrap(2020, `{"date": "2020-01-03", "kind": "make-up", "occasion": "new-year"}`),
		"four Tết days":       wrap(2020, tet("2020-01-23", 4)),
		"Tết without mùng 1":  wrap(2020, tet("2020-01-26", 5)),
		"Tết days apart":      wrap(2020, tet("2020-01-23", 3)+`, `+tet("2020-01-27", 2)),
		"one Quốc khánh day":  wrap(2025, `{"date": "2025-09-02", "kind": "statutory", "occasion": "national-day"}`),
	}
	for name, data := range bad {
		err := calendar.CheckHolidayData([]byte(data))
		if err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.HasPrefix(err.Error(), "calendar: ") {
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
	if err := calendar.CheckHolidayData([]byte(wrap(2020, tet("2020-01-23", 5)))); err != nil {
		t.Errorf("a valid announcement: %v", err)
	}
}
