package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/examples"
	"github.com/openpar/cchc/internal/ical"
)

func TestValues(t *testing.T) {
	tests := []struct {
		name string
		got  *when
		want when
	}{
		{"all day", dayValue(calendar.NewDate(2017, time.August, 31)), when{Date: "2017-08-31"}},
		{"Vietnam", timeValue(calendar.NewDate(2017, time.July, 7).At(10, 0)), when{Local: "2017-07-07T10:00:00", TZID: "Asia/Ho_Chi_Minh", UTC: "2017-07-07T03:00:00Z"}},
		{"UTC", timeValue(time.Date(2017, 7, 7, 3, 0, 0, 0, time.UTC)), when{Local: "2017-07-07T10:00:00", TZID: "Asia/Ho_Chi_Minh", UTC: "2017-07-07T03:00:00Z"}},
	}
	for _, tt := range tests {
		if *tt.got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, *tt.got, tt.want)
		}
	}
}

// The expectations for Thái Nguyên's Sở Tư pháp hold what the plan and a
// printed calendar of 2017 say, so that the check compares with something.
func TestThaiNguyenExpectations(t *testing.T) {
	cals, err := calendars()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]fileExpect{}
	for _, c := range cals {
		files[c.file] = c.want
	}
	for _, name := range examples.Names() {
		if _, ok := files[name+".ics"]; !ok {
			t.Errorf("no whole-plan calendar of %s", name)
		}
	}
	f, ok := files["thai-nguyen-2017-so-tu-phap.ics"]
	if !ok {
		t.Fatal("no calendar of the Sở Tư pháp under Thái Nguyên 2017")
	}
	if f.Name != "121/KH-UBND - Sở Tư pháp" {
		t.Errorf("name %q", f.Name)
	}
	summaries := map[string]componentExpect{}
	for _, c := range append(append([]componentExpect{}, f.Todos...), f.Events...) {
		summaries[c.Summary] = c
	}
	// Task 2.6, "31/12/2017", a Sunday: due on Tuesday 2/1/2018, after the
	// New Year holiday.
	if c, ok := summaries["2.6 Tổ chức kiểm tra, xử lý VB QPPL tại các đơn vị, địa phương và xử lý vấn đề phát hiện qua kiểm tra."]; !ok || c.Due == nil || c.Due.Date != "2018-01-02" {
		t.Errorf("task 2.6: %+v, %v", c, ok)
	}
	// The plan was signed on 19/7/2017: reports are owed from then, so the
	// first weekly one is due on Friday 21/7 and the first monthly one on
	// the last Friday of July, 28/7.
	tests := []struct {
		summary, start, last string
		n                    int // reports in 2017
	}{
		{"Báo cáo tuần", "2017-07-21T10:00:00", "2017-12-29T03:00:00Z", 24},
		{"Báo cáo tháng", "2017-07-28T10:00:00", "2017-12-29T03:00:00Z", 6},
	}
	for _, tt := range tests {
		c, ok := summaries[tt.summary]
		if !ok || c.Start == nil || c.Recurrence == nil {
			t.Errorf("%s: %+v", tt.summary, c)
			continue
		}
		occ := c.Recurrence.Occurrences
		if c.Start.Local != tt.start || len(occ) != tt.n || occ[len(occ)-1] != tt.last {
			t.Errorf("%s: start %s, %d occurrences %v", tt.summary, c.Start.Local, len(occ), occ)
		}
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
