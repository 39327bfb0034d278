package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/ical"
)

// The expectations are only as good as the arithmetic behind them; check it
// against days read off a printed calendar.
func TestLastWeekday(t *testing.T) {
	// The monthly report day of Thái Nguyên 2017: "thứ Sáu tuần cuối cùng của tháng".
	want := []string{"2017-01-27", "2017-02-24", "2017-03-31", "2017-04-28", "2017-05-26", "2017-06-30",
		"2017-07-28", "2017-08-25", "2017-09-29", "2017-10-27", "2017-11-24", "2017-12-29", "2018-01-26"}
	for i, w := range want {
		if got := lastWeekday(2017, time.January+time.Month(i), time.Friday).String(); got != w {
			t.Errorf("lastWeekday(2017, month %d, Friday) = %s, want %s", i+1, got, w)
		}
	}
}

func TestOnOrAfter(t *testing.T) {
	tests := []struct{ from, want string }{
		{"2017-07-01", "2017-07-07"}, // a Saturday
		{"2017-07-07", "2017-07-07"}, // a Friday itself
		{"2017-12-30", "2018-01-05"}, // across the year
	}
	for _, tt := range tests {
		from, err := calendar.ParseDate(tt.from)
		if err != nil {
			t.Fatal(err)
		}
		if got := onOrAfter(from, time.Friday).String(); got != tt.want {
			t.Errorf("onOrAfter(%s, Friday) = %s, want %s", tt.from, got, tt.want)
		}
	}
}

func TestWhenOf(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		d    ical.Date
		want *when
	}{
		{"all day", time.Time{}, ical.Date{Year: 2017, Month: time.August, Day: 31}, &when{Date: "2017-08-31"}},
		{"Vietnam", calendar.NewDate(2017, time.July, 7).At(10, 0), ical.Date{}, &when{Local: "2017-07-07T10:00:00", TZID: "Asia/Ho_Chi_Minh", UTC: "2017-07-07T03:00:00Z"}},
		{"UTC", time.Date(2017, 7, 7, 3, 0, 0, 0, time.UTC), ical.Date{}, &when{Local: "2017-07-07T03:00:00", TZID: "UTC", UTC: "2017-07-07T03:00:00Z"}},
		{"unset", time.Time{}, ical.Date{}, nil},
	}
	for _, tt := range tests {
		got := whenOf(tt.t, tt.d)
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("%s: whenOf = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestRuleNeedsOccurrences(t *testing.T) {
	c := newCalendar("x.ics", "", stamp)
	weekly := ical.RRule{Freq: ical.Weekly}
	start := calendar.NewDate(2017, time.July, 7).At(10, 0)
	if err := c.event(ical.Event{UID: "a", Start: start, RRule: weekly}, nil); err == nil {
		t.Error("a rule without expected occurrences was accepted")
	}
	if err := c.event(ical.Event{UID: "b", Start: start}, &recurrence{}); err == nil {
		t.Error("expected occurrences without a rule were accepted")
	}
}

// Every file export writes is in expected.json with each of its components,
// and the other way round.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	if err := run([]string{"-o", dir}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want expected
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.ics"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 || len(files) != len(want.Files) {
		t.Fatalf("%d .ics files, %d in expected.json", len(files), len(want.Files))
	}
	for _, f := range files {
		fw, ok := want.Files[filepath.Base(f)]
		if !ok {
			t.Errorf("%s is not in expected.json", f)
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := ical.Unfold(string(b))
		comps := append(append([]componentExpect{}, fw.Todos...), fw.Events...)
		if n := strings.Count(text, "\r\nUID:"); n != len(comps) {
			t.Errorf("%s: %d components, %d expected", f, n, len(comps))
		}
		for _, c := range comps {
			if !strings.Contains(text, "\r\nUID:"+c.UID+"\r\n") {
				t.Errorf("%s: no component with UID %s", f, c.UID)
			}
			if r := c.Recurrence; r != nil && len(r.Occurrences) == 0 {
				t.Errorf("%s: UID %s: a rule expected to give no occurrence checks nothing", f, c.UID)
			}
		}
	}
}

func TestRunNeedsDirectory(t *testing.T) {
	if err := run(nil); err == nil {
		t.Error("run without -o succeeded")
	}
}
