package main

import (
	"time"

	"github.com/openpar/cchc/calendar"
	"github.com/openpar/cchc/internal/ical"
)

// calendars returns the calendars to check and what each must hold.
//
// For now they are synthetic calendars shaped like the module's real output:
// all-day deadlines with Vietnamese text long enough to fold, timed report
// due times in Vietnam with weekly, monthly and yearly rules. Once the
// calendar and plan packages write the five example plans as iCalendar, this
// function returns those five calendars instead, with expectations taken from
// the plans' deadlines and schedules.
func calendars() ([]namedCalendar, error) {
	var out []namedCalendar
	for _, build := range []func() (*namedCalendar, error){thaiNguyen2017, bacKan2011, langSon2013} {
		c, err := build()
		if err != nil {
			return nil, err
		}
		out = append(out, *c)
	}
	return out, nil
}

// stamp is the DTSTAMP of every synthetic calendar, fixed so that the files
// are the same on every run.
var stamp = time.Date(2017, time.July, 3, 8, 0, 0, 0, time.UTC)

// deadline is one row of a plan's task table, as the plans print it.
type deadline struct {
	number, task, lead, partners, limit string
	due                                 calendar.Date
}

// description is the text a deadline's to-do carries: the agencies and the
// time limit as the plan wrote it, then the plan the task belongs to.
func (d deadline) description(plan string) string {
	return "Cơ quan chủ trì: " + d.lead + "\nCơ quan phối hợp: " + d.partners +
		"\nThời gian hoàn thành chậm nhất: " + d.limit + "\n" + plan
}

// addDeadlines adds one all-day to-do per deadline.
func (c *namedCalendar) addDeadlines(planID, plan string, rows []deadline) error {
	for _, d := range rows {
		err := c.todo(ical.Todo{
			UID:         ical.UID("synthetic", planID, d.number),
			Summary:     d.number + ". " + d.task,
			Description: d.description(plan),
			DueDate:     icalDate(d.due),
			Status:      ical.NeedsAction,
			Categories:  []string{"CCHC"},
		}, nil)
		if err != nil {
			return err
		}
	}
	return nil
}

// thaiNguyen2017 follows the Thái Nguyên 2017 plan: task deadlines, a weekly
// report due at 10:00 on Fridays and a monthly report due at 10:00 on the
// Friday of the month's last week.
func thaiNguyen2017() (*namedCalendar, error) {
	const (
		planID = "thai-nguyen-2017"
		plan   = "Kế hoạch thực hiện Thông báo kết luận của Phó Thủ tướng Thường trực Chính phủ, " +
			"Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ và nâng cao Chỉ số cải cách hành chính " +
			"tỉnh Thái Nguyên năm 2017; báo cáo qua Email: cchc@thainguyen.gov.vn"
		all = "Các sở, ban, ngành, UBND cấp huyện"
	)
	c := newCalendar("synthetic-thai-nguyen-2017.ics", "CCHC Thái Nguyên 2017", stamp)
	err := c.addDeadlines(planID, plan, []deadline{
		{"1.3", "Tham mưu kiểm tra CCHC tại các cơ quan, đơn vị.", "Sở Nội vụ", all, "Tháng 8/2017", endOfMonth(2017, time.August)},
		{"1.4", "Tổ chức các hội nghị, tập huấn chuyên đề CCHC.", "Sở Nội vụ", all, "Tháng 9/2017", endOfMonth(2017, time.September)},
		{"1.7", "Tổ chức cuộc thi, tọa đàm, sân khấu hóa về CCHC.", all, "Sở Văn hóa Thể thao và Du lịch", "Tháng 11/2017", endOfMonth(2017, time.November)},
		{"1.8", "Xây dựng sáng kiến mới trong triển khai, thực hiện CCHC của tỉnh", all, "Sở Khoa học và Công nghệ", "31/12/2017", calendar.NewDate(2017, time.December, 31)},
		{"2.1", "Kịp thời xây dựng, trình ban hành VB QPPL trong năm đảm bảo tiến độ đã đề ra.", "Các sở, ban, ngành", "Sở Tư pháp, Văn phòng UBND tỉnh", "31/12/2017", calendar.NewDate(2017, time.December, 31)},
		{"2.6", "Tổ chức kiểm tra, xử lý VB QPPL tại các đơn vị, địa phương và xử lý vấn đề phát hiện qua kiểm tra.", "Sở Tư pháp", all, "31/12/2017", calendar.NewDate(2017, time.December, 31)},
	})
	if err != nil {
		return nil, err
	}
	// A deadline with a time of day: a timed DUE.
	err = c.todo(ical.Todo{
		UID:         ical.UID("synthetic", planID, "final-report"),
		Summary:     "Báo cáo kết quả thực hiện Kế hoạch nâng cao Chỉ số CCHC năm 2017",
		Description: "Gửi UBND tỉnh (qua Sở Nội vụ) bằng văn bản và bản điện tử; chậm nhất 17 giờ.",
		Due:         calendar.NewDate(2017, time.December, 15).At(17, 0),
		Status:      ical.NeedsAction,
	}, nil)
	if err != nil {
		return nil, err
	}

	// The weekly report, from the first Friday of July 2017 with no end;
	// checked over July 2017 to January 2018.
	from, to := calendar.NewDate(2017, time.July, 1), calendar.NewDate(2018, time.January, 31)
	first := onOrAfter(from, time.Friday).At(10, 0)
	var weekly []time.Time
	for t := first; !t.After(endOf(to)); t = t.AddDate(0, 0, 7) {
		weekly = append(weekly, t)
	}
	err = c.event(ical.Event{
		UID:         ical.UID("synthetic", planID, "weekly-report"),
		Summary:     "Báo cáo tuần tiến độ thực hiện Kế hoạch nâng cao Chỉ số CCHC",
		Description: "Hằng tuần báo cáo qua địa chỉ Email: cchc@thainguyen.gov.vn chậm nhất 10 giờ ngày thứ Sáu.",
		Start:       first,
		RRule:       ical.RRule{Freq: ical.Weekly, ByDay: []ical.WeekdayNum{{Day: time.Friday}}},
	}, timedRecurrence(from, to, weekly))
	if err != nil {
		return nil, err
	}

	// The monthly report on the last Friday, six times (July to December
	// 2017); checked up to June 2018, so COUNT must stop it.
	const months = 6
	var monthly []time.Time
	for i := range months {
		y, m, _ := from.Date()
		monthly = append(monthly, lastWeekday(y, m+time.Month(i), time.Friday).At(10, 0))
	}
	err = c.event(ical.Event{
		UID:     ical.UID("synthetic", planID, "monthly-report"),
		Summary: "Báo cáo tháng về CCHC (thứ Sáu tuần cuối cùng của tháng)",
		Description: "Báo cáo tháng bằng văn bản và bản điện tử (qua địa chỉ Email: cchc@thainguyen.gov.vn) " +
			"về UBND tỉnh (qua Sở Nội vụ) chậm nhất 10 giờ ngày thứ Sáu tuần cuối cùng của tháng (có mẫu biểu báo cáo kèm theo).",
		Start:    monthly[0],
		Duration: 30 * time.Minute,
		RRule:    ical.RRule{Freq: ical.Monthly, ByDay: []ical.WeekdayNum{{N: -1, Day: time.Friday}}, Count: months},
	}, timedRecurrence(from, calendar.NewDate(2018, time.June, 30), monthly))
	if err != nil {
		return nil, err
	}

	// A one-off all-day event over several days.
	err = c.event(ical.Event{
		UID:       ical.UID("synthetic", planID, "self-assessment"),
		Summary:   "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2017",
		StartDate: icalDate(calendar.NewDate(2017, time.December, 18)),
		EndDate:   icalDate(calendar.NewDate(2017, time.December, 22)),
	}, nil)
	return c, err
}

// bacKan2011 follows the Bắc Kạn 2011-2015 plan: a report each half year and
// at the year's end, here at 10:00 on 15 June and 15 December, until the
// last one on 15 December 2015. UNTIL is that very day, so the check sees
// whether the last occurrence survives UNTIL's conversion to UTC.
func bacKan2011() (*namedCalendar, error) {
	c := newCalendar("synthetic-bac-kan-2011-2015.ics", "CCHC Bắc Kạn 2011-2015", stamp)
	var reports []time.Time
	for y := 2011; y <= 2015; y++ {
		for _, m := range []time.Month{time.June, time.December} {
			reports = append(reports, calendar.NewDate(y, m, 15).At(10, 0))
		}
	}
	last := calendar.DateOf(reports[len(reports)-1])
	err := c.event(ical.Event{
		UID:     ical.UID("synthetic", "bac-kan-2011-2015", "half-year-report"),
		Summary: "Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính 6 tháng, cuối năm",
		Description: "Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thị xã định kỳ 6 tháng, cuối năm " +
			"báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) về kết quả thực hiện các nhiệm vụ cải cách hành chính.",
		Start: reports[0],
		RRule: ical.RRule{
			Freq:       ical.Yearly,
			ByMonth:    []time.Month{time.June, time.December},
			ByMonthDay: []int{15},
			Until:      icalDate(last),
		},
	}, timedRecurrence(calendar.NewDate(2011, time.January, 1), calendar.NewDate(2016, time.December, 31), reports))
	return c, err
}

// langSon2013 follows the Lạng Sơn 2013 plan: deadlines and a quarterly
// report, all day, on the last day of each quarter (BYMONTHDAY=-1). Nothing
// is timed, so the file must have no VTIMEZONE.
func langSon2013() (*namedCalendar, error) {
	const planID = "lang-son-2013"
	c := newCalendar("synthetic-lang-son-2013.ics", "CCHC Lạng Sơn 2013", stamp)
	err := c.addDeadlines(planID, "Kế hoạch số 62/KH-UBND ngày 11/7/2013 của UBND tỉnh Lạng Sơn thực hiện Chỉ thị số 07/CT-TTg ngày 22/5/2013 của Thủ tướng Chính phủ", []deadline{
		{"1", "Xây dựng kế hoạch và tổ chức hội nghị phổ biến, quán triệt nội dung cơ bản Chương trình tổng thể cải cách hành chính giai đoạn 2011-2020", "Sở Nội vụ", "Các Sở, Ban, ngành tỉnh, UBND các huyện, thành phố", "Trong tháng 8/2013", endOfMonth(2013, time.August)},
		{"1b", "Phổ biến, quán triệt nội dung Chương trình tổng thể đến toàn thể cán bộ, công chức, viên chức của cơ quan", "Thủ trưởng các Sở, Ban, ngành tỉnh, Lãnh đạo UBND các huyện, thành phố", "Sở Nội vụ", "Trong tháng 8/2013", endOfMonth(2013, time.August)},
	})
	if err != nil {
		return nil, err
	}
	var quarters []calendar.Date
	for m := time.March; m <= time.December; m += 3 {
		quarters = append(quarters, endOfMonth(2013, m))
	}
	err = c.event(ical.Event{
		UID:         ical.UID("synthetic", planID, "quarterly-report"),
		Summary:     "Báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) tình hình và kết quả thực hiện hằng quý",
		Description: "Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố định kỳ báo cáo hằng quý.",
		StartDate:   icalDate(quarters[0]),
		RRule: ical.RRule{
			Freq:       ical.Yearly,
			ByMonth:    []time.Month{time.March, time.June, time.September, time.December},
			ByMonthDay: []int{-1},
			Until:      icalDate(quarters[len(quarters)-1]),
		},
	}, dateRecurrence(calendar.NewDate(2013, time.January, 1), calendar.NewDate(2014, time.December, 31), quarters))
	return c, err
}

// icalDate converts a civil day to the writer's all-day value.
func icalDate(d calendar.Date) ical.Date {
	y, m, dd := d.Date()
	return ical.Date{Year: y, Month: m, Day: dd}
}

// endOfMonth returns the last day of month m of year y.
func endOfMonth(y int, m time.Month) calendar.Date { return calendar.NewDate(y, m+1, 0) }

// onOrAfter returns the first day on or after d that falls on wd.
func onOrAfter(d calendar.Date, wd time.Weekday) calendar.Date {
	return d.AddDays((int(wd) - int(d.Weekday()) + 7) % 7)
}

// lastWeekday returns the last day of month m of year y that falls on wd;
// m may run past December into the next years.
func lastWeekday(y int, m time.Month, wd time.Weekday) calendar.Date {
	end := calendar.NewDate(y, m+1, 0)
	return end.AddDays(-((int(end.Weekday()) - int(wd) + 7) % 7))
}

// endOf returns the last second of day d in Vietnam.
func endOf(d calendar.Date) time.Time { return d.AddDays(1).Time().Add(-time.Second) }

// timedRecurrence is the expectation for timed occurrences between the
// start of day from and the end of day to, in Vietnam.
func timedRecurrence(from, to calendar.Date, occ []time.Time) *recurrence {
	r := &recurrence{From: from.Time().UTC().Format(utcLayout), To: endOf(to).UTC().Format(utcLayout), Occurrences: []string{}}
	for _, t := range occ {
		r.Occurrences = append(r.Occurrences, t.UTC().Format(utcLayout))
	}
	return r
}

// dateRecurrence is the expectation for all-day occurrences from day from to
// day to.
func dateRecurrence(from, to calendar.Date, occ []calendar.Date) *recurrence {
	r := &recurrence{From: from.String(), To: to.String(), Occurrences: []string{}}
	for _, d := range occ {
		r.Occurrences = append(r.Occurrences, d.String())
	}
	return r
}
