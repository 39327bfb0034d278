package calendar_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/openpar/cchc/calendar"
)

func ExampleICS() {
	stamp := time.Date(2017, 7, 19, 8, 0, 0, 0, calendar.ICT())
	x := calendar.NewICS("Sở Nội vụ", calendar.Vietnam(), stamp)

	dl, _ := calendar.ParseDeadline("31/12/2017")
	if err := x.AddDeadline("121/KH-UBND 4.2 so-noi-vu", "Kiểm tra tổ chức bộ máy", dl); err != nil {
		fmt.Println(err)
		return
	}
	weekly, _ := calendar.ParseSchedule("chậm nhất 10 giờ ngày thứ Sáu")
	if err := x.AddSchedule("121/KH-UBND weekly", "Báo cáo tuần", weekly, calendar.NewDate(2017, 8, 1), calendar.NewDate(2017, 8, 31)); err != nil {
		fmt.Println(err)
		return
	}

	var b strings.Builder
	if _, err := x.WriteTo(&b); err != nil {
		fmt.Println(err)
		return
	}
	// iCalendar lines end with CRLF; print them with LF.
	fmt.Fprint(os.Stdout, strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//openpar//cchc//VI
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// NAME:Sở Nội vụ
	// X-WR-CALNAME:Sở Nội vụ
	// BEGIN:VTIMEZONE
	// TZID:Asia/Ho_Chi_Minh
	// BEGIN:STANDARD
	// DTSTART:19700101T000000
	// TZOFFSETFROM:+0700
	// TZOFFSETTO:+0700
	// TZNAME:ICT
	// END:STANDARD
	// END:VTIMEZONE
	// BEGIN:VTODO
	// DTSTAMP:20170719T010000Z
	// UID:19c5385a-0565-50fb-a5a4-903b9ad17a4a
	// SUMMARY:Kiểm tra tổ chức bộ máy
	// DESCRIPTION:Thời hạn: 31/12/2017\nHạn theo ngày làm việc: 02/01/2
	//  018
	// DUE;VALUE=DATE:20180102
	// STATUS:NEEDS-ACTION
	// END:VTODO
	// BEGIN:VEVENT
	// DTSTAMP:20170719T010000Z
	// UID:4163e372-6a08-526e-a132-ecbc7d10ccc8
	// SUMMARY:Báo cáo tuần
	// DESCRIPTION:Thời hạn báo cáo: chậm nhất 10 giờ ngày thứ Sáu
	// DTSTART;TZID=Asia/Ho_Chi_Minh:20170804T100000
	// RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20170825T165959Z
	// END:VEVENT
	// END:VCALENDAR
}
