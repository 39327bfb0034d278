package report

import (
	"fmt"

	"github.com/openpar/cchc/calendar"
)

// Nghị định 30/2020/NĐ-CP (Phụ lục I) writes the day of a document with a
// leading zero below 10, and so the months January and February: "ngày 05
// tháng 01 năm 2020", "ngày 19 tháng 7 năm 2017". A month from March on has
// no zero, so that "tháng 10" is not misread as "tháng 1".

// officialDate returns d as "06/8/2017": the day and months 1 and 2 with a
// leading zero.
func officialDate(d calendar.Date) string {
	y, m, day := d.Date()
	return fmt.Sprintf("%02d/%s/%d", day, officialMonth(int(m)), y)
}

// dateLine returns the place and date line of a document: "Thái Nguyên,
// ngày 19 tháng 7 năm 2017". Without a date it is the place and blanks to
// fill by hand, as templates print them.
func dateLine(place string, d calendar.Date) string {
	line := "ngày ... tháng ... năm ..."
	if !d.IsZero() {
		y, m, day := d.Date()
		line = fmt.Sprintf("ngày %02d tháng %s năm %d", day, officialMonth(int(m)), y)
	}
	if place == "" {
		return line
	}
	return place + ", " + line
}

func officialMonth(m int) string {
	if m <= 2 {
		return fmt.Sprintf("%02d", m)
	}
	return fmt.Sprint(m)
}
