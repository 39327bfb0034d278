package calendar_test

import (
	"encoding/json"
	"fmt"

	"github.com/openpar/cchc/calendar"
)

func ExampleParsePeriod() {
	for _, s := range []string{"Quý III/2017", "Quý I, II/2018", "Trong tháng 8/2013", "Giai đoạn 2011 - 2015"} {
		p, err := calendar.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-22s %-8v %v..%v  %s\n", s, p.Kind(), p.Start(), p.End(), p)
	}
	_, err := calendar.ParsePeriod("Quý V/2017")
	fmt.Println(err)
	// Output:
	// Quý III/2017           quarter  2017-07-01..2017-09-30  Quý III/2017
	// Quý I, II/2018         half     2018-01-01..2018-06-30  6 tháng đầu năm 2018
	// Trong tháng 8/2013     month    2013-08-01..2013-08-31  Tháng 8/2013
	// Giai đoạn 2011 - 2015  years    2011-01-01..2015-12-31  Năm 2011-2015
	// calendar: cannot parse period "Quý V/2017": want a quarter I to IV
}

func ExampleParsePeriodIn() {
	// A plan for 2018 writes "Quý III" and means the third quarter of 2018.
	p, _ := calendar.ParsePeriodIn("Quý III", 2018)
	fmt.Println(p, p.End())
	// Output: Quý III/2018 2018-09-30
}

func ExamplePeriod_MarshalText() {
	type task struct {
		Period calendar.Period `json:"period"`
	}
	var t task
	if err := json.Unmarshal([]byte(`{"period": "quý 3 năm 2017"}`), &t); err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(t)
	fmt.Println(string(b))
	// Output: {"period":"Quý III/2017"}
}
