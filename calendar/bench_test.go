package calendar_test

import (
	"iter"
	"testing"

	"github.com/openpar/cchc/calendar"
)

func BenchmarkParsePeriod(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calendar.ParsePeriod("6 tháng đầu năm 2018"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseDeadline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range []string{"trước ngày 01/12/2018", "Quý I, II/2018", "Khi có văn bản của Bộ Nội vụ"} {
			if _, err := calendar.ParseDeadline(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkDeadlineDue(b *testing.B) {
	vn := calendar.Vietnam()
	var dls []calendar.Deadline
	for _, s := range []string{"31/12/2017", "trước ngày 01/12/2018", "Quý III/2017", "Giai đoạn 2011-2015"} {
		dl, err := calendar.ParseDeadline(s)
		if err != nil {
			b.Fatal(err)
		}
		dls = append(dls, dl)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, dl := range dls {
			if _, ok := dl.Due(vn); !ok {
				b.Fatal("no due day")
			}
		}
	}
}

func BenchmarkParseSchedule(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calendar.ParseSchedule(binhPhuoc2018); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOccurrencesYear expands schedules over a year.
func BenchmarkOccurrencesYear(b *testing.B) {
	vn := calendar.Vietnam()
	from, to := calendar.NewDate(2018, 1, 1), calendar.NewDate(2018, 12, 31)
	for _, s := range []string{"chậm nhất 10 giờ ngày thứ Sáu", "thứ Sáu tuần cuối cùng của tháng", binhPhuoc2018, "hằng tháng, quý, 6 tháng và năm"} {
		sch := mustSchedule(b, s)
		b.Run(sch.Kind().String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				expand(b, sch.Occurrences(vn, from, to))
			}
		})
	}
}

// expand runs through a sequence of occurrences, which must not be empty.
func expand(b *testing.B, seq iter.Seq[calendar.Occurrence]) {
	n := 0
	for range seq {
		n++
	}
	if n == 0 {
		b.Fatal("no occurrences")
	}
}

// BenchmarkDeadlineOccurrencesYear expands deadlines over a year.
func BenchmarkDeadlineOccurrencesYear(b *testing.B) {
	vn := calendar.Vietnam()
	from, to := calendar.NewDate(2018, 1, 1), calendar.NewDate(2018, 12, 31)
	for _, s := range []string{"Hằng tuần", "Hàng quý, 6 tháng và năm hoặc đột xuất", "Quý III/2018"} {
		dl := mustDeadline(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				expand(b, dl.Occurrences(vn, from, to))
			}
		})
	}
}
