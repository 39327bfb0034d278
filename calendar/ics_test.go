package calendar_test

import (
	"bytes"
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// checkGolden compares got with testdata/name, or rewrites the file with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Files{Update: *update, Flag: "-update"}.Check(t, filepath.Join("testdata", name), got)
}

// thaiNguyenICS is the calendar of the Sở Nội vụ under Thái Nguyên's 2017
// plan (seed 001), with Bình Phước's 2018 reporting days (seed 002) and the
// national rule for comparison.
func thaiNguyenICS(t *testing.T) *calendar.ICS {
	t.Helper()
	stamp := time.Date(2017, 7, 19, 8, 0, 0, 0, calendar.ICT())
	x := calendar.NewICS("Sở Nội vụ - Kế hoạch 121/KH-UBND", calendar.Vietnam(), stamp)
	deadlines := []struct{ key, summary, text string }{
		{"121/KH-UBND 1.1 so-noi-vu", "Rà soát, đánh giá mức độ thực hiện Kế hoạch CCHC năm 2017; kết quả chỉ số CCHC năm 2016.", "Thường xuyên"},
		{"121/KH-UBND 1.2 so-noi-vu", "Tham mưu báo cáo công tác CCHC theo quy định.", "Theo quy định"},
		{"121/KH-UBND 1.3 so-noi-vu", "Tham mưu kiểm tra CCHC tại các cơ quan, đơn vị.", "Tháng 8/2017"},
		{"121/KH-UBND 4.2 so-noi-vu", "Tổ chức kiểm tra tình hình tổ chức và hoạt động của các cơ quan sở, ban, ngành, UBND cấp huyện.", "31/12/2017"},
		{"121/KH-UBND 8.6 so-noi-vu", "Thành lập Tổ nghiên cứu xây dựng Đề án Trung tâm Hành chính công", "Quý III/2017"},
		{"121/KH-UBND III so-noi-vu", "Xây dựng kế hoạch triển khai thực hiện gửi về UBND tỉnh (qua Sở Nội vụ)", "chậm nhất ngày 30/7/2017"},
	}
	for _, d := range deadlines {
		if err := x.AddDeadline(d.key, d.summary, mustDeadline(t, d.text)); err != nil {
			t.Fatal(err)
		}
	}
	schedules := []struct {
		key, summary, text string
		from, to           calendar.Date
	}{
		// Into 2018 to show Friday 16/2/2018, in Tết, moved to 21/2.
		{"121/KH-UBND weekly", "Báo cáo tuần về công tác CCHC", "chậm nhất 10 giờ ngày thứ Sáu", day(2017, 7, 19), day(2018, 2, 28)},
		{"121/KH-UBND monthly", "Báo cáo tháng về công tác CCHC", "chậm nhất 10 giờ ngày thứ Sáu tuần cuối cùng của tháng", day(2017, 7, 19), day(2017, 12, 31)},
		{"3406/QĐ-UBND reports", "Báo cáo CCHC định kỳ", binhPhuoc2018, day(2018, 1, 1), day(2018, 12, 31)},
		{"national quarterly", "Báo cáo CCHC quý", "hằng quý", day(2019, 1, 1), day(2019, 6, 30)},
	}
	for _, s := range schedules {
		if err := x.AddSchedule(s.key, s.summary, mustSchedule(t, s.text), s.from, s.to); err != nil {
			t.Fatal(err)
		}
	}
	return x
}

func TestICSGolden(t *testing.T) {
	var buf bytes.Buffer
	n, err := thaiNguyenICS(t).WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v", n, err)
	}
	checkGolden(t, "thai-nguyen-2017.ics", buf.Bytes())

	// The same calls give the same bytes.
	var again bytes.Buffer
	if _, err := thaiNguyenICS(t).WriteTo(&again); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("a second export differs")
	}
	out := buf.String()
	for _, want := range []string{
		"BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh",
		"DUE;VALUE=DATE:20180102\r\n", // 31/12/2017 moved past the New Year holiday
		"DTSTART;VALUE=DATE:20170701\r\nDUE;VALUE=DATE:20170929\r\n",
		"DTSTART;TZID=Asia/Ho_Chi_Minh:20170721T100000\r\n",
		"RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20180223T165959Z\r\n",
		"EXDATE;TZID=Asia/Ho_Chi_Minh:20180216T100000\r\nRDATE;TZID=Asia/Ho_Chi_Minh:20180221T100000\r\n",
		"RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20171229T165959Z\r\n",
		"DTSTART;VALUE=DATE:20180302\r\n", // before 5/3/2018, a Monday
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the calendar lacks %q", want)
		}
	}
	if c := strings.Count(out, "BEGIN:VTODO"); c != 6 {
		t.Errorf("%d to-dos, want 6", c)
	}
	if c := strings.Count(out, "BEGIN:VEVENT"); c != 2+4+2 {
		t.Errorf("%d events, want 8", c)
	}
}

// A duty the plan sets no deadline for is still listed: a to-do without DUE
// and without a DESCRIPTION that would say nothing.
func TestICSWithoutDeadline(t *testing.T) {
	x := calendar.NewICS("test", nil, time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC))
	summary := "1.1 Xây dựng và ban hành Kế hoạch cải cách hành chính hàng năm"
	if err := x.AddDeadline("1.1", summary, calendar.Deadline{}); err != nil {
		t.Fatalf("AddDeadline of the zero Deadline: %v", err)
	}
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "BEGIN:VTODO\r\n") || !strings.Contains(out, "\r\nSUMMARY:1.1 Xây dựng") {
		t.Errorf("no to-do for the duty:\n%s", out)
	}
	for _, absent := range []string{"DUE", "DTSTART", "DESCRIPTION"} {
		if strings.Contains(out, "\r\n"+absent) {
			t.Errorf("a duty without deadline has %s:\n%s", absent, out)
		}
	}
}

func TestICSErrors(t *testing.T) {
	x := calendar.NewICS("test", nil, time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC))
	err := x.AddDeadline("k", "bad \x01 summary", mustDeadline(t, "31/12/2017"))
	if err == nil || !strings.HasPrefix(err.Error(), "calendar: ics: deadline \"k\": ical: ") {
		t.Errorf("AddDeadline with a control character: %v", err)
	}
	s := mustSchedule(t, "hằng quý")
	if err := x.AddSchedule("k", "bad \x01", s, day(2018, 1, 1), day(2018, 12, 31)); err == nil {
		t.Error("AddSchedule with a control character succeeded")
	}
	if err := x.AddSchedule("k", "s", s, day(2018, 4, 1), day(2018, 4, 30)); err != nil {
		t.Errorf("AddSchedule over a range without reports: %v", err)
	}
	unstamped := calendar.NewICS("test", nil, time.Time{})
	var buf bytes.Buffer
	if _, err := unstamped.WriteTo(&buf); err == nil || buf.Len() != 0 {
		t.Errorf("WriteTo without a stamp = %v, wrote %d bytes", err, buf.Len())
	}
	var w failingWriter
	if _, err := x.WriteTo(w); !errors.Is(err, errWrite) {
		t.Errorf("WriteTo a failing writer: %v", err)
	}
}

var errWrite = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }
