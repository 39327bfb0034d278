package calendar_test

import (
	"fmt"

	"github.com/openpar/cchc/calendar"
)

func ExampleDeadline() {
	vn := calendar.Vietnam()
	for _, s := range []string{"31/12/2017", "trước ngày 01/12/2018", "Trong tháng 8/2013", "Quý III/2017", "Thường xuyên", "Theo quy định"} {
		dl, err := calendar.ParseDeadline(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if due, ok := dl.Due(vn); ok {
			fmt.Printf("%-22s %-14v due %s\n", dl, dl.Kind(), due.Format())
		} else {
			fmt.Printf("%-22s %-14v no single day\n", dl, dl.Kind())
		}
	}
	// Output:
	// 31/12/2017             fixed          due 02/01/2018
	// trước ngày 01/12/2018  before         due 30/11/2018
	// Trong tháng 8/2013     within-period  due 30/08/2013
	// Quý III/2017           within-period  due 29/09/2017
	// Thường xuyên           ongoing        no single day
	// Theo quy định          by-regulation  no single day
}

func ExampleParseDeadlineIn() {
	// Bình Phước's 2018 plan writes "trước ngày 5/3": 5 March 2018, a Monday.
	dl, err := calendar.ParseDeadlineIn("trước ngày 5/3", 2018)
	if err != nil {
		fmt.Println(err)
		return
	}
	due, _ := dl.Due(nil)
	fmt.Println(dl.Date(), due, due.Weekday())

	_, err = calendar.ParseDeadline("trước ngày 5/3")
	fmt.Println(err)
	// Output:
	// 2018-03-05 2018-03-02 Friday
	// calendar: cannot parse deadline "trước ngày 5/3": no year: the phrase omits it and none was given
}

func ExampleDeadline_WithEvent() {
	dl, _ := calendar.ParseDeadline("Khi có văn bản của Bộ Nội vụ")
	_, ok := dl.Due(nil)
	fmt.Println(dl.Kind(), dl.Reference(), ok)

	// The ministry's document is recorded on Saturday 3/3/2018.
	due, ok := dl.WithEvent(calendar.NewDate(2018, 3, 3)).Due(nil)
	fmt.Println(due, ok)
	// Output:
	// on-event có văn bản của Bộ Nội vụ false
	// 2018-03-05 true
}

func ExampleDeadlineKind() {
	dl, _ := calendar.ParseDeadline("Hằng quý, 6 tháng và năm hoặc đột xuất")
	b, _ := dl.Kind().MarshalText()
	fmt.Println(string(b), dl.Frequency())
	// Output: recurring quarterly+half-yearly+yearly+ad-hoc
}

func ExampleFrequency() {
	f, _ := calendar.ParseFrequency("quarterly+half-yearly+yearly")
	fmt.Println(f.Has(calendar.Yearly), f.Has(calendar.Monthly), f.Periods())
	// Output: true false [quarter half year]
}
