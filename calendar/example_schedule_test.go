package calendar_test

import (
	"fmt"
	"time"

	"github.com/openpar/cchc/calendar"
)

func ExampleSchedule() {
	// Thái Nguyên 2017: weekly reports by 10:00 on Friday.
	s, err := calendar.ParseSchedule("chậm nhất 10 giờ ngày thứ Sáu")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Kind(), s.Weekday(), s.At())
	for o := range s.Occurrences(calendar.Vietnam(), calendar.NewDate(2017, 8, 1), calendar.NewDate(2017, 8, 31)) {
		fmt.Println(o.Period, o.DueTime().Format("02/01/2006 15:04"))
	}
	// Output:
	// weekly Friday 10h0m0s
	// Tuần 31/2017 04/08/2017 10:00
	// Tuần 32/2017 11/08/2017 10:00
	// Tuần 33/2017 18/08/2017 10:00
	// Tuần 34/2017 25/08/2017 10:00
}

func ExampleYearlySchedule() {
	// Bình Phước 2018: "trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo
	// 6 tháng), ngày 5/9 (báo cáo quý III); 01/12 (báo cáo năm)".
	s, err := calendar.YearlySchedule(
		calendar.YearlyDue{Period: calendar.PeriodQuarter, Index: 1, Month: time.March, Day: 5, Before: true},
		calendar.YearlyDue{Period: calendar.PeriodHalf, Index: 1, Month: time.June, Day: 5, Before: true},
		calendar.YearlyDue{Period: calendar.PeriodQuarter, Index: 3, Month: time.September, Day: 5, Before: true},
		calendar.YearlyDue{Period: calendar.PeriodYear, Month: time.December, Day: 1, Before: true},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s)
	for o := range s.Occurrences(nil, calendar.NewDate(2018, 1, 1), calendar.NewDate(2018, 12, 31)) {
		fmt.Printf("%-22s due %s\n", o.Period, o.Due.Format())
	}
	// Output:
	// trước ngày 5/3 (báo cáo quý I), trước ngày 5/6 (báo cáo 6 tháng), trước ngày 5/9 (báo cáo quý III), trước ngày 1/12 (báo cáo năm)
	// Quý I/2018             due 02/03/2018
	// 6 tháng đầu năm 2018   due 04/06/2018
	// Quý III/2018           due 04/09/2018
	// Năm 2018               due 30/11/2018
}

func ExampleLastWeekSchedule() {
	s, _ := calendar.LastWeekSchedule(time.Friday, 10*time.Hour)
	fmt.Println(s)
	// August 2017 ends on a Thursday: its report is due on Friday 25/8.
	for o := range s.Occurrences(nil, calendar.NewDate(2017, 8, 1), calendar.NewDate(2017, 9, 30)) {
		fmt.Println(o.Period, o.DueTime().Format("02/01/2006 15:04 MST"))
	}
	// Output:
	// trước 10 giờ thứ Sáu tuần cuối cùng của tháng
	// Tháng 8/2017 25/08/2017 10:00 ICT
	// Tháng 9/2017 29/09/2017 10:00 ICT
}

func ExampleNationalSchedule() {
	s, _ := calendar.NationalSchedule(calendar.Quarterly | calendar.HalfYearly | calendar.Yearly)
	fmt.Println(s)
	for o := range s.Occurrences(nil, calendar.NewDate(2020, 1, 1), calendar.NewDate(2020, 12, 31)) {
		fmt.Printf("%-22s data %s, due %s\n", o.Period, o.Data, o.Due.Format())
	}
	// Output:
	// hằng quý, 6 tháng và năm
	// Quý I/2020             data Từ 15/12/2019 đến 14/03/2020, due 20/03/2020
	// 6 tháng đầu năm 2020   data Từ 15/12/2019 đến 14/06/2020, due 22/06/2020
	// Quý III/2020           data Từ 15/06/2020 đến 14/09/2020, due 21/09/2020
	// Năm 2020               data Từ 15/12/2019 đến 14/12/2020, due 21/12/2020
}

func ExampleOccurrence() {
	s, _ := calendar.ParseSchedule("Hàng quý")
	for o := range s.Occurrences(nil, calendar.NewDate(2019, 3, 1), calendar.NewDate(2019, 3, 31)) {
		fmt.Println(o.Period, o.Cutoff(), o.Due, o.DueTime())
	}
	// Output: Quý I/2019 2019-03-14 2019-03-20 2019-03-21 00:00:00 +0700 ICT
}

func ExampleScheduleKind() {
	s, _ := calendar.ParseSchedule("trước 10 giờ thứ 6 tuần cuối của tháng")
	b, _ := s.Kind().MarshalText()
	fmt.Println(string(b), s.Frequency())
	// Output: last-week monthly
}

func ExampleYearlyDue() {
	s, _ := calendar.ParseSchedule("trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6 tháng)")
	for _, d := range s.Dues() {
		fmt.Printf("%v %d: %d/%d before=%v\n", d.Period, d.Index, d.Day, d.Month, d.Before)
	}
	// Output:
	// quarter 1: 5/3 before=true
	// half 1: 5/6 before=true
}
