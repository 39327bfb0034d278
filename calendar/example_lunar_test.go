package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/openpar/cchc/calendar"
)

func ExampleToLunar() {
	for _, d := range []calendar.Date{
		calendar.NewDate(2017, 8, 21),
		calendar.NewDate(2017, 8, 22),
		calendar.NewDate(2034, 1, 20),
	} {
		l, err := calendar.ToLunar(d)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s is %s, năm %s\n", d.Format(), l, calendar.YearName(l.Year))
	}
	_, err := calendar.ToLunar(calendar.NewDate(1700, 1, 1))
	fmt.Println(err)
	// Output:
	// 21/08/2017 is 30/6 nhuận/2017, năm Đinh Dậu
	// 22/08/2017 is 1/7/2017, năm Đinh Dậu
	// 20/01/2034 is 1/12/2033, năm Quý Sửu
	// calendar: lunar date for year 1700: outside 1800-2199
}

func ExampleFromLunar() {
	// Giỗ Tổ Hùng Vương, 10/3 lunar, is a public holiday.
	d, err := calendar.FromLunar(calendar.LunarDate{Year: 2024, Month: 3, Day: 10})
	fmt.Println(d, d.Weekday(), err)

	// The 6th month of 2017 is repeated: the leap one follows the ordinary one.
	d, _ = calendar.FromLunar(calendar.LunarDate{Year: 2017, Month: 6, Day: 1})
	leap, _ := calendar.FromLunar(calendar.LunarDate{Year: 2017, Month: 6, Day: 1, Leap: true})
	fmt.Println(d, leap)

	_, err = calendar.FromLunar(calendar.LunarDate{Year: 2018, Month: 6, Day: 1, Leap: true})
	fmt.Println(err)
	// Output:
	// 2024-04-18 Thursday <nil>
	// 2017-06-24 2017-07-23
	// calendar: no lunar date 1/6 nhuận/2018: lunar year 2018 has no leap month
}

func ExampleTet() {
	for _, year := range []int{1985, 2007, 2030} {
		d, _ := calendar.Tet(year)
		fmt.Println("Tết", calendar.YearName(year), d.Format(), d.Weekday())
	}
	// Output:
	// Tết Ất Sửu 21/01/1985 Monday
	// Tết Đinh Hợi 17/02/2007 Saturday
	// Tết Canh Tuất 02/02/2030 Saturday
}

func ExampleYearName() {
	fmt.Println(calendar.YearName(2017))
	fmt.Println(calendar.YearName(2025))
	// Output:
	// Đinh Dậu
	// Ất Tỵ
}

func ExampleLeapMonth() {
	for _, year := range []int{2017, 2018, 2033} {
		m, _ := calendar.LeapMonth(year)
		fmt.Println(year, m)
	}
	// Output:
	// 2017 6
	// 2018 0
	// 2033 11
}

func ExampleLunarDate() {
	l := calendar.LunarDate{Year: 2017, Month: 6, Day: 30, Leap: true}
	b, _ := json.Marshal(map[string]calendar.LunarDate{"lunar": l})
	fmt.Println(l)
	fmt.Println(string(b))
	// Output:
	// 30/6 nhuận/2017
	// {"lunar":"30/6 nhuận/2017"}
}

func ExampleParseLunarDate() {
	l, err := calendar.ParseLunarDate("15/11 nhuận/2033")
	fmt.Println(l.Year, l.Month, l.Day, l.Leap, err)
	_, err = calendar.ParseLunarDate("30/1/2017")
	fmt.Println(err)
	// Output:
	// 2033 11 15 true <nil>
	// calendar: no lunar date 30/1/2017: the month has 29 days
}

func ExampleLunarError() {
	_, err := calendar.FromLunar(calendar.LunarDate{Year: 2017, Month: 5, Day: 1, Leap: true})
	var le *calendar.LunarError
	if errors.As(err, &le) {
		fmt.Println(le.Date, "-", le.Reason)
	}
	// Output:
	// 1/5 nhuận/2017 - the leap month of lunar year 2017 is 6, not 5
}
